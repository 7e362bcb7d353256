import { Hono } from 'hono';
import { ListingFieldsSchema } from '#schema/registration.ts';
import { LinkExchangeSchema, StatusChangeSchema } from '#schema/self-service.ts';
import { eraseListing, prepareConfirmation, prepareListingUpdate, prepareStatusChange } from '../db/listing-writes.ts';
import { moderationSettings, prepareQueueEntry } from '../db/moderation.ts';
import { findOwnListing } from '../db/own-listing.ts';
import { ApiProblem } from '../errors.ts';
import { dispatchAlertsAfterWrite } from '../services/alert-dispatch.ts';
import { servicesFor } from '../services/index.ts';
import { endSession, exchangeLink } from '../services/private-links.ts';
import { limitWrites, requireSameOrigin } from '../middleware/request-guards.ts';
import { refuseOutOfTerritory } from '../services/territory-guard.ts';
import { clearSessionCookie, requireListingSession, sessionCookieOf, setSessionCookie } from '../middleware/listing-session.ts';
import { validate } from '../validation.ts';
import type { AppEnv } from '../env.ts';
import { documented } from '../openapi/describe.ts';

/** Everything below the session: the shopkeeper's own listing, and nothing else. */
const ownListingRoutes = new Hono<AppEnv>()
  .use(requireListingSession)
  .get('/', documented({ summary: 'My listing', tag: 'Self-service', access: 'listing-session' }), async (c) => {
    const listing = await findOwnListing(c.env.DB, c.get('tenant').id, c.get('listingId'), servicesFor(c.env).now());
    if (!listing) throw new ApiProblem(404, 'not_found', 'listing.not_found');
    return c.json(listing);
  })
  .put('/', documented({ summary: 'Edit my listing', tag: 'Self-service', access: 'listing-session' }), requireSameOrigin, limitWrites('self_service'), validate('json', ListingFieldsSchema), async (c) => {
    const fields = c.req.valid('json');
    const tenant = c.get('tenant');
    await refuseOutOfTerritory(c.env.DB, tenant, fields.lat, fields.lng);
    const now = servicesFor(c.env).now();
    const { mode } = await moderationSettings(c.env.DB, tenant.id);
    const id = c.get('listingId');
    const before = await findOwnListing(c.env.DB, tenant.id, id, now);
    const previous = before ? Object.fromEntries(Object.keys(fields).map((field) => [field, before[field as keyof typeof before] ?? null])) : null;
    await c.env.DB.batch([
      prepareListingUpdate(c.env.DB, tenant.id, id, fields, now),
      prepareQueueEntry(c.env.DB, { tenantId: tenant.id, listingId: id, kind: 'edit', mode, changes: fields, now, previous }),
    ]);
    return c.json({ saved: true as const, lastConfirmedAt: now.toISOString() });
  })
  .post('/status', documented({ summary: 'One-tap status change', tag: 'Self-service', access: 'listing-session' }), requireSameOrigin, limitWrites('self_service'), validate('json', StatusChangeSchema), async (c) => {
    const now = servicesFor(c.env).now();
    await prepareStatusChange(c.env.DB, c.get('tenant').id, c.get('listingId'), c.req.valid('json'), now).run();
    await dispatchAlertsAfterWrite(c.env, c.get('tenant').id);
    return c.json({ saved: true as const, lastConfirmedAt: now.toISOString() });
  })
  .post('/confirm', documented({ summary: 'My information is still correct', tag: 'Self-service', access: 'listing-session' }), requireSameOrigin, limitWrites('self_service'), async (c) => {
    const now = servicesFor(c.env).now();
    await prepareConfirmation(c.env.DB, c.get('tenant').id, c.get('listingId'), now).run();
    return c.json({ saved: true as const, lastConfirmedAt: now.toISOString() });
  })
  .delete('/', documented({ summary: 'Delete my listing and my personal data', tag: 'Self-service', access: 'listing-session' }), requireSameOrigin, async (c) => {
    await eraseListing(c.env.DB, c.get('tenant').id, c.get('listingId'), servicesFor(c.env).now());
    clearSessionCookie(c);
    return c.json({ erased: true as const });
  });

export const selfServiceRoutes = new Hono<AppEnv>()
  // The page posts the token from the link's fragment; the answer sets the listing's session.
  .post('/session', documented({ summary: 'Exchange a private link for a listing session', tag: 'Self-service', access: 'public' }), requireSameOrigin, limitWrites('self_service'), validate('json', LinkExchangeSchema), async (c) => {
    const exchanged = await exchangeLink(c.env.DB, c.get('tenant').id, c.req.valid('json').token, servicesFor(c.env).now());
    if (!exchanged) throw new ApiProblem(401, 'link_invalid', 'self_service.link_invalid');
    setSessionCookie(c, exchanged.session);
    return c.json({ listingId: exchanged.listingId });
  })
  // Signing out ends the session in D1, not just in this browser: a copied cookie stops working too.
  .delete('/session', documented({ summary: 'Sign out: end this listing session', tag: 'Self-service', access: 'public' }), requireSameOrigin, async (c) => {
    const session = sessionCookieOf(c);
    if (session) await endSession(c.env.DB, c.get('tenant').id, session);
    clearSessionCookie(c);
    return c.json({ signedOut: true as const });
  })
  .route('/listing', ownListingRoutes);
