import { Hono, type Context } from 'hono';
import { SiretParamSchema, siretCheckOf } from '#schema/company-directory.ts';
import { apiMessage } from '#schema/messages.ts';
import {
  ClaimSchema, LinkRequestSchema, RegistrationSchema, type DuplicateAnswer, type HoldReason, type ModerationMode, type RegistrationForm, type RegistrationResult,
} from '#schema/registration.ts';
import { findDuplicate } from '../db/listing-duplicates.ts';
import { newListingId, prepareListingInsert } from '../db/listing-writes.ts';
import { moderationSettings, prepareQueueEntry } from '../db/moderation.ts';
import { listingContact, listingsWithEmail } from '../db/own-listing.ts';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { requestLanguage } from '../language.ts';
import { checkFormStart, signFormStart } from '../services/form-token.ts';
import { servicesFor } from '../services/index.ts';
import { afterResponse } from '../services/after-response.ts';
import { sendRequestedLinks } from '../services/link-mail.ts';
import { sendPrivateLinkOrRetryLater } from '../services/link-mail-retry.ts';
import { limitWrites } from '../middleware/request-guards.ts';
import { refuseOutOfTerritory } from '../services/territory-guard.ts';
import { validate } from '../validation.ts';
import { documented } from '../openapi/describe.ts';

const REGISTER_ACTION = 'register';
/** The message asks to retry in a few minutes; a client that reads Retry-After waits two. */
const TURNSTILE_RETRY_AFTER_SECONDS = 120;

function originOf(c: Context<AppEnv>): string {
  return new URL(c.req.url).origin;
}

/**
 * Refuses what a program sent. A registration that passes is null, or the reason it must wait for
 * review whatever the tenant's mode: Turnstile could not be reached and the deployment says so.
 */
async function rejectBots(c: Context<AppEnv>, body: { nickname?: string | undefined; formToken: string; turnstileToken: string }): Promise<HoldReason | null> {
  const services = servicesFor(c.env);
  const tenant = c.get('tenant');
  // People never see the honeypot; a value there was typed by a program.
  if (body.nickname) throw new ApiProblem(400, 'rejected', 'registration.rejected');
  const timing = await checkFormStart(services.formSigningKey, tenant.id, body.formToken, services.now());
  if (!timing.ok) {
    throw timing.reason === 'too_fast'
      ? new ApiProblem(400, 'too_fast', 'registration.too_fast')
      : new ApiProblem(400, 'form_expired', 'registration.form_expired', { formToken: ['registration.form_expired'] });
  }
  const verdict = await services.turnstile.verify({
    token: body.turnstileToken,
    remoteIp: c.req.header('cf-connecting-ip') ?? null,
    action: REGISTER_ACTION,
    hostname: new URL(c.req.url).hostname,
  });
  if (verdict.ok) return null;
  if (verdict.reason === 'unavailable') {
    if (services.turnstileUnavailable === 'review') {
      console.warn('Turnstile siteverify unreachable: registration held for review');
      return 'turnstile_unavailable';
    }
    console.warn('Turnstile siteverify unreachable: registration refused');
    // Set before throwing: the error handler answers through this same context.
    c.header('Retry-After', String(TURNSTILE_RETRY_AFTER_SECONDS));
    throw new ApiProblem(503, 'turnstile_unavailable', 'registration.turnstile_unavailable');
  }
  throw verdict.reason === 'spent'
    ? new ApiProblem(403, 'turnstile_spent', 'registration.turnstile_spent')
    : new ApiProblem(403, 'turnstile_failed', 'registration.turnstile');
}

export const registrationRoutes = new Hono<AppEnv>()
  .get('/form', documented({ summary: 'Start a registration form (signed start time, bot check key)', tag: 'Registration', access: 'public' }), async (c) => {
    const services = servicesFor(c.env);
    const form: RegistrationForm = {
      formToken: await signFormStart(services.formSigningKey, c.get('tenant').id, services.now()),
      turnstileSiteKey: services.turnstileSiteKey,
    };
    return c.json(form);
  })
  // The form asks as soon as a valid SIRET is typed, to prefill and warn; it never blocks.
  .get('/siret/:siret', documented({ summary: 'Look a SIRET up in the public company directory (to prefill the form)', tag: 'Registration', access: 'public',
    errors: { '429': 'Too many lookups from this address or for this tenant: retry after Retry-After seconds' },
  }), limitWrites('siret_lookup'), validate('param', SiretParamSchema), async (c) => {
    return c.json(await servicesFor(c.env).companyDirectory.lookup(c.req.valid('param').siret));
  })
  .post('/', documented({ summary: 'Register a business', tag: 'Registration', access: 'public', success: 201,
    errors: {
      '403': 'The anti-bot check refused the token (`turnstile_failed`) or it was already used (`turnstile_spent`)',
      '409': 'The business is already registered (`duplicate`); its listing can be claimed',
      '422': 'The address is outside the tenant\'s territory (`out_of_territory`)',
      '503': 'The anti-bot check cannot be reached (`turnstile_unavailable`, when the deployment refuses rather than holds such registrations for review) or the database is unavailable (`unavailable`): retry after Retry-After seconds',
    },
  }), limitWrites('registration'), validate('json', RegistrationSchema), async (c) => {
    const { formToken, turnstileToken, nickname, ...fields } = c.req.valid('json');
    const holdReason = await rejectBots(c, { formToken, turnstileToken, nickname });
    const tenant = c.get('tenant');
    await refuseOutOfTerritory(c.env.DB, tenant, fields.lat, fields.lng);
    const db = c.env.DB;
    const duplicate = await findDuplicate(db, tenant.id, fields);
    if (duplicate) {
      const extra: Omit<DuplicateAnswer, 'error'> = { listingId: duplicate.id, claimable: true };
      throw new ApiProblem(409, 'duplicate', 'registration.duplicate', undefined, { extra });
    }
    const services = servicesFor(c.env);
    const now = services.now();
    // Asked again here, whatever the form was told: the reviewer's flag cannot come from the browser.
    const siretCheck = siretCheckOf(await services.companyDirectory.lookup(fields.siret), fields.name);
    const settings = await moderationSettings(db, tenant.id);
    // A held registration waits for the CCI as in review-first mode, whatever the tenant's mode.
    const mode: ModerationMode = holdReason ? 'review_first' : settings.mode;
    const published = mode === 'publish_then_review';
    const id = newListingId();
    await db.batch([
      prepareListingInsert(db, { id, tenantId: tenant.id, fields, published, now }),
      prepareQueueEntry(db, { tenantId: tenant.id, listingId: id, kind: 'registration', mode, changes: fields, now, holdReason, siretCheck }),
    ]);
    // The listing is written: a mail provider outage must not lose it, so the link waits for the Cron.
    await sendPrivateLinkOrRetryLater(
      db,
      services.mailer,
      { tenantId: tenant.id, tenantName: tenant.name, origin: originOf(c), listingId: id, listingName: fields.name, email: fields.email },
      requestLanguage(c),
      now,
    );
    const result: RegistrationResult = {
      listingId: id,
      moderation: mode,
      published,
      message: apiMessage(published ? 'registration.published' : 'registration.pending_review', requestLanguage(c)),
    };
    return c.json(result, 201);
  })
  // Claiming an existing listing mails its private link to the address the listing already gives:
  // whoever asks gets nothing, the business gets the link. The answer never says whether it had
  // one, and goes before the listing is even looked up, so its timing says nothing either.
  .post('/claim', documented({ summary: 'Claim an existing listing (link sent to its e-mail)', tag: 'Registration', access: 'public', success: 202 }), limitWrites('link_request'), validate('json', ClaimSchema), async (c) => {
    const tenant = c.get('tenant');
    const services = servicesFor(c.env);
    const { listingId } = c.req.valid('json');
    const origin = originOf(c);
    const language = requestLanguage(c);
    afterResponse(c, 'Claim link mail', async () => {
      const listing = await listingContact(c.env.DB, tenant.id, listingId);
      if (!listing?.email) return;
      const recipient = { tenantId: tenant.id, tenantName: tenant.name, origin, listingId: listing.id, listingName: listing.name, email: listing.email };
      await sendRequestedLinks(c.env.DB, services.mailer, [recipient], language, services.now());
    });
    return c.json({ message: apiMessage('registration.claim_sent', language) }, 202);
  })
  // A new link by email: the same answer, at the same moment, whether or not the address is known.
  .post('/links', documented({ summary: 'Ask for a new private link by e-mail', tag: 'Registration', access: 'public', success: 202 }), limitWrites('link_request'), validate('json', LinkRequestSchema), async (c) => {
    const tenant = c.get('tenant');
    const services = servicesFor(c.env);
    const { email } = c.req.valid('json');
    const origin = originOf(c);
    const language = requestLanguage(c);
    afterResponse(c, 'Private link mail', async () => {
      const listings = await listingsWithEmail(c.env.DB, tenant.id, email);
      const recipients = listings.map((listing) => ({ tenantId: tenant.id, tenantName: tenant.name, origin, listingId: listing.id, listingName: listing.name, email }));
      await sendRequestedLinks(c.env.DB, services.mailer, recipients, language, services.now());
    });
    return c.json({ message: apiMessage('link.sent', language) }, 202);
  });
