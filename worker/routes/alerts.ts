import { Hono } from 'hono';
import { z } from 'zod';
import { AlertTokenSchema, EmailAlertRequestSchema, PushSubscriptionSchema } from '#schema/alerts.ts';
import { ListingIdSchema } from '#schema/listing.ts';
import { confirmSubscription, deleteByUnsubscribeHash, deletePushSubscription, followerCount, upsertSubscription } from '../db/alert-subscriptions.ts';
import { findListing } from '../db/listings.ts';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { alertConfirmMail } from '../services/alert-mail.ts';
import { confirmUrl, newUnsubscribeSecret, unsubscribeToken, unsubscribeUrl } from '../services/alert-tokens.ts';
import { afterResponse } from '../services/after-response.ts';
import { servicesFor } from '../services/index.ts';
import { DAILY_MAIL_CAPS, mayMail } from '../services/mail-caps.ts';
import { pushServiceFor } from '../services/push.ts';
import { limitWrites, requireSameOrigin } from '../middleware/request-guards.ts';
import { requireListingSession } from '../middleware/listing-session.ts';
import { newSecretToken, sha256Hex } from '../services/tokens.ts';
import { validate } from '../validation.ts';
import { documented } from '../openapi/describe.ts';

const ListingParam = z.object({ id: ListingIdSchema });
const PushRemovalSchema = z.object({ endpoint: z.string().max(1000) });

/** Residents following a listing: the address or push endpoint is all that is kept, and only for this. */
const listingAlertRoutes = new Hono<AppEnv>()
  .post('/email', documented({ summary: 'Follow a listing by e-mail (double opt-in)', tag: 'Alerts', access: 'public', success: 202 }), requireSameOrigin, limitWrites('alert'), validate('param', ListingParam), validate('json', EmailAlertRequestSchema), async (c) => {
    const tenant = c.get('tenant');
    const services = servicesFor(c.env);
    const listing = await findListing(c.env.DB, tenant.id, c.req.valid('param').id);
    if (!listing) throw new ApiProblem(404, 'not_found', 'listing.not_found');
    const { email, language } = c.req.valid('json');
    const origin = new URL(c.req.url).origin;
    // After the answer, which is the same for a new, a pending and a confirmed subscriber.
    afterResponse(c, 'Alert confirmation mail', async () => {
      const now = services.now();
      // Over the cap nothing changes: the confirmation already mailed stays the valid one.
      const allowances = [
        { purpose: `alert_confirmation:${listing.id}`, cap: DAILY_MAIL_CAPS.alertConfirmationPerListing },
        { purpose: 'alert_confirmation', cap: DAILY_MAIL_CAPS.alertConfirmationPerAddress },
      ];
      if (!(await mayMail(c.env.DB, tenant.id, email, allowances, now))) return;
      const confirm = newSecretToken();
      const unsubscribe = await newUnsubscribeSecret(services.formSigningKey);
      const row = await upsertSubscription(c.env.DB, {
        tenantId: tenant.id, listingId: listing.id, channel: 'email', address: email, language,
        confirmHash: await sha256Hex(confirm), unsubscribeSalt: unsubscribe.salt, unsubscribeHash: unsubscribe.hash, now,
      });
      // Already confirmed: nothing to send.
      if (row.confirmed) return;
      const token = await unsubscribeToken(services.formSigningKey, row.unsubscribeSalt);
      const text = alertConfirmMail(language, { tenantName: tenant.name, listingName: listing.name, confirmUrl: confirmUrl(origin, confirm), unsubscribeUrl: unsubscribeUrl(origin, token) });
      await services.mailer.send({ tenantId: tenant.id, listingId: null, to: email, ...text });
    });
    return c.json({ pending: true as const }, 202);
  })
  // The browser's permission prompt is the opt-in: a push subscription is confirmed at once.
  .post('/push', documented({ summary: 'Follow a listing by Web Push', tag: 'Alerts', access: 'public', success: 201 }), requireSameOrigin, limitWrites('alert'), validate('param', ListingParam), validate('json', PushSubscriptionSchema), async (c) => {
    const tenant = c.get('tenant');
    const services = servicesFor(c.env);
    if (!pushServiceFor(c.env, services.now)) throw new ApiProblem(404, 'push_unavailable', 'alerts.push_unavailable');
    const listing = await findListing(c.env.DB, tenant.id, c.req.valid('param').id);
    if (!listing) throw new ApiProblem(404, 'not_found', 'listing.not_found');
    const { endpoint, keys, language } = c.req.valid('json');
    const unsubscribe = await newUnsubscribeSecret(services.formSigningKey);
    await upsertSubscription(c.env.DB, {
      tenantId: tenant.id, listingId: listing.id, channel: 'push', address: endpoint, p256dh: keys.p256dh, auth: keys.auth, language,
      confirmHash: null, unsubscribeSalt: unsubscribe.salt, unsubscribeHash: unsubscribe.hash, now: services.now(),
    });
    return c.json({ subscribed: true as const }, 201);
  })
  .post('/push/removal', documented({ summary: 'Stop Web Push alerts for a listing', tag: 'Alerts', access: 'public' }), requireSameOrigin, validate('param', ListingParam), validate('json', PushRemovalSchema), async (c) => {
    await deletePushSubscription(c.env.DB, c.get('tenant').id, c.req.valid('param').id, c.req.valid('json').endpoint);
    return c.json({ erased: true as const });
  });

export const alertRoutes = new Hono<AppEnv>()
  .get('/push-key', documented({ summary: "The deployment's VAPID public key", tag: 'Alerts', access: 'public' }), (c) => {
    const push = pushServiceFor(c.env, servicesFor(c.env).now);
    if (!push) throw new ApiProblem(404, 'push_unavailable', 'alerts.push_unavailable');
    return c.json({ publicKey: push.publicKey });
  })
  .post('/confirmations', documented({ summary: 'Confirm an e-mail alert subscription', tag: 'Alerts', access: 'public' }), requireSameOrigin, limitWrites('alert_confirmation'), validate('json', AlertTokenSchema), async (c) => {
    const listingId = await confirmSubscription(c.env.DB, c.get('tenant').id, await sha256Hex(c.req.valid('json').token), servicesFor(c.env).now());
    if (!listingId) throw new ApiProblem(410, 'link_invalid', 'alerts.link_invalid');
    return c.json({ confirmed: true as const, listingId });
  })
  // Works from the link alone: no session, no address asked. Erases the whole subscription.
  .post('/unsubscriptions', documented({ summary: 'Unsubscribe from the link alone', tag: 'Alerts', access: 'public' }), requireSameOrigin, validate('json', AlertTokenSchema), async (c) => {
    const erased = await deleteByUnsubscribeHash(c.env.DB, c.get('tenant').id, await sha256Hex(c.req.valid('json').token));
    return c.json({ erased });
  })
  .route('/listings/:id', listingAlertRoutes);

/** The shopkeeper sees how many residents follow the listing, never who. */
export const ownListingFollowersRoutes = new Hono<AppEnv>()
  .use(requireListingSession)
  .get('/', documented({ summary: 'How many residents follow my listing', tag: 'Self-service', access: 'listing-session' }), async (c) => c.json({ followers: await followerCount(c.env.DB, c.get('tenant').id, c.get('listingId')) }));
