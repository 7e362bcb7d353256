import { env } from 'cloudflare:workers';
import { changedFields } from '#schema/console/moderation.ts';
import { describe, expect, it } from 'vitest';
import { reapplyErasures } from '#worker/db/listing-writes.ts';
import { listingInsert, buildListing } from '#seed/factories.ts';
import { createRandom } from '#seed/random.ts';
import { TENANT_A, request } from './support.ts';
import { HOST_A, clock, type ErrorBody } from './registration-support.ts';
import { asShopkeeper, openSession, registerAndGetLink, sameOrigin, useShopkeepers } from './self-service-support.ts';

const { mailer, shopkeeper } = useShopkeepers();

async function publicListing(id: string): Promise<Response> {
  return request(HOST_A, `/api/v1/listings/${id}`);
}

describe('CSRF on cookie-authenticated writes', () => {
  it.each([
    ['another site (Sec-Fetch-Site cross-site)', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }],
    ['a sibling subdomain (same-site)', { origin: 'http://tenant-m.localhost', 'sec-fetch-site': 'same-site' }],
    ['a foreign Origin without Sec-Fetch-Site', { origin: 'https://evil.example', 'sec-fetch-site': '' }],
    ['neither header', { origin: '', 'sec-fetch-site': '' }],
    ['this very host name over another scheme', { origin: 'https://tenant-a.localhost', 'sec-fetch-site': '' }],
  ])('refuses a write from %s, even as a plain form post', async (_label, headers) => {
    const { cookie, listingId } = await shopkeeper();
    const cleaned = Object.fromEntries(Object.entries({ ...sameOrigin(), ...headers, 'content-type': 'text/plain', cookie }).filter(([, v]) => v !== ''));
    const response = await request(HOST_A, '/api/v1/self-service/listing/status', { method: 'POST', headers: cleaned, body: JSON.stringify({ action: 'permanently_closed' }) });
    expect(response.status).toBe(403);
    expect((await response.json<ErrorBody>()).error.code).toBe('cross_site');
    expect(await (await publicListing(listingId)).json()).toMatchObject({ status: 'open' });
  });

  it('refuses a cross-site link exchange', async () => {
    const { token } = await registerAndGetLink(mailer);
    const response = await request(HOST_A, '/api/v1/self-service/session', {
      method: 'POST',
      headers: { ...sameOrigin(), origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      body: JSON.stringify({ token }),
    });
    expect(response.status).toBe(403);
    expect((await openSession(token)).status).toBe(200);
  });
});

describe('one-tap status changes', () => {
  it('sets "closed until" a date, then "open today as usual", each time confirming the listing', async () => {
    const { cookie, listingId } = await shopkeeper();
    clock.now = new Date('2026-11-25T08:00:00Z');
    const closed = await asShopkeeper(cookie, '/listing/status', { method: 'POST', body: { action: 'closed_until', until: '2026-12-02' } });
    expect(closed.status).toBe(200);
    expect(await (await publicListing(listingId)).json()).toMatchObject({ status: 'temporarily_closed', lastConfirmedAt: '2026-11-25T08:00:00.000Z' });
    expect(await (await asShopkeeper(cookie, '/listing')).json()).toMatchObject({ statusUntil: '2026-12-02' });
    await asShopkeeper(cookie, '/listing/status', { method: 'POST', body: { action: 'open_today' } });
    expect(await (await asShopkeeper(cookie, '/listing')).json()).toMatchObject({ status: 'open', statusUntil: null });
  });

  it('sets "services only" with the services picked, and refuses an empty pick', async () => {
    const { cookie, listingId } = await shopkeeper();
    const empty = await asShopkeeper(cookie, '/listing/status', { method: 'POST', body: { action: 'services_only', services: [] } });
    expect(empty.status).toBe(400);
    await asShopkeeper(cookie, '/listing/status', { method: 'POST', body: { action: 'services_only', services: ['delivery', 'click_collect'] } });
    expect(await (await publicListing(listingId)).json()).toMatchObject({ status: 'adapted', services: ['delivery', 'click_collect'] });
  });

  it('sets "permanently closed"', async () => {
    const { cookie, listingId } = await shopkeeper();
    await asShopkeeper(cookie, '/listing/status', { method: 'POST', body: { action: 'permanently_closed' } });
    expect(await (await publicListing(listingId)).json()).toMatchObject({ status: 'permanently_closed' });
  });

  it('records "my information is still correct"', async () => {
    const { cookie } = await shopkeeper();
    await env.DB.prepare('UPDATE tenants SET stale_after_days = 7 WHERE id = ?1').bind(TENANT_A.id).run();
    clock.now = new Date('2026-11-28T10:00:00Z');
    expect(await (await asShopkeeper(cookie, '/listing')).json()).toMatchObject({ stale: true, staleAfterDays: 7 });
    expect((await asShopkeeper(cookie, '/listing/confirm', { method: 'POST' })).status).toBe(200);
    expect(await (await asShopkeeper(cookie, '/listing')).json()).toMatchObject({ stale: false, lastConfirmedAt: '2026-11-28T10:00:00.000Z' });
    await env.DB.prepare('UPDATE tenants SET stale_after_days = 30 WHERE id = ?1').bind(TENANT_A.id).run();
  });
});

describe('PUT /api/v1/self-service/listing', () => {
  it('saves every field, moves the pin for geosearch, and queues the edit for review', async () => {
    const { cookie, listingId, registration } = await shopkeeper();
    const { formToken: _f, turnstileToken: _t, nickname: _n, ...fields } = registration;
    const moved = { ...fields, name: 'Boulangerie Neuve', lat: 43.45, lng: 5.2, phone: null, website: null };
    const response = await asShopkeeper(cookie, '/listing', { method: 'PUT', body: moved });
    expect(response.status).toBe(200);
    const listings = await (await request(HOST_A, '/api/v1/listings?bbox=5.19,43.44,5.21,43.46')).json<{ features: Array<{ id: string }> }>();
    expect(listings.features.map((f) => f.id)).toContain(listingId);
    expect(await (await publicListing(listingId)).json()).toMatchObject({ name: 'Boulangerie Neuve', phone: null });
    const queued = await env.DB.prepare("SELECT kind FROM moderation_queue WHERE listing_id = ?1 ORDER BY id").bind(listingId).all();
    expect(queued.results).toEqual([{ kind: 'registration' }, { kind: 'edit' }]);
  });

  it('queues an edit with the values it replaced, so that moderation shows only what changed', async () => {
    const { cookie, listingId, registration } = await shopkeeper();
    const { formToken: _f, turnstileToken: _t, nickname: _n, ...fields } = registration;
    expect((await asShopkeeper(cookie, '/listing', { method: 'PUT', body: { ...fields, name: 'Boulangerie Neuve', phone: null } })).status).toBe(200);
    const row = await env.DB.prepare("SELECT changes, previous FROM moderation_queue WHERE listing_id = ?1 AND kind = 'edit'").bind(listingId).first<{ changes: string; previous: string }>();
    const previous = JSON.parse(row!.previous) as Record<string, unknown>;
    const changes = JSON.parse(row!.changes) as Record<string, unknown>;
    expect(Object.keys(previous).sort()).toEqual(Object.keys(changes).sort());
    expect(changedFields(previous, changes)).toEqual([
      { field: 'name', before: fields.name, after: 'Boulangerie Neuve' },
      { field: 'phone', before: expect.any(String), after: null },
    ]);
    const registered = await env.DB.prepare("SELECT previous FROM moderation_queue WHERE listing_id = ?1 AND kind = 'registration'").bind(listingId).first();
    expect(registered).toEqual({ previous: null });
  });

  it('refuses to move the listing out of the territory', async () => {
    const { cookie, registration } = await shopkeeper();
    const { formToken: _f, turnstileToken: _t, nickname: _n, ...fields } = registration;
    const response = await asShopkeeper(cookie, '/listing', { method: 'PUT', body: { ...fields, lat: 47.66, lng: -2.76 } });
    expect(response.status).toBe(422);
  });
});

describe('DELETE /api/v1/self-service/listing (GDPR erasure)', () => {
  it('removes the listing from the map, erases its personal data, and logs only the id and time', async () => {
    const { cookie, listingId, registration } = await shopkeeper();
    const response = await asShopkeeper(cookie, '/listing', { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^__Host-vitrine-listing=;.*Max-Age=0/);
    expect((await publicListing(listingId)).status).toBe(404);
    const remains = await env.DB
      .prepare(`SELECT (SELECT count(*) FROM listings WHERE id = ?1) + (SELECT count(*) FROM listing_tokens WHERE listing_id = ?1)
        + (SELECT count(*) FROM moderation_queue WHERE listing_id = ?1) + (SELECT count(*) FROM outbox WHERE listing_id = ?1) AS n`)
      .bind(listingId)
      .first<{ n: number }>();
    expect(remains?.n).toBe(0);
    const log = await env.DB.prepare('SELECT * FROM erasure_log WHERE listing_id = ?1').bind(listingId).first();
    expect(log).toEqual({ listing_id: listingId, tenant_id: TENANT_A.id, erased_at: '2026-11-20T10:00:00.000Z' });
    expect(JSON.stringify(log)).not.toContain(registration.email);
    expect((await asShopkeeper(cookie, '/listing')).status).toBe(401);
  });

  it('erases again a listing brought back by a restore', async () => {
    const { cookie, listingId } = await shopkeeper();
    await asShopkeeper(cookie, '/listing', { method: 'DELETE' });
    // A restore from an older backup brings the row back.
    const restored = buildListing(createRandom(1), TENANT_A.id, { insee: '13202', name: 'Marseille', postcode: '13002', lat: 43.3, lng: 5.37, population: 1 }, clock.now, { id: listingId });
    const insert = listingInsert(restored);
    await env.DB.prepare(insert.sql).bind(...insert.params).run();
    expect((await publicListing(listingId)).status).toBe(200);
    expect(await reapplyErasures(env.DB)).toBe(1);
    expect((await publicListing(listingId)).status).toBe(404);
  });

  it('refuses an erasure from another site', async () => {
    const { cookie, listingId } = await shopkeeper();
    const response = await request(HOST_A, '/api/v1/self-service/listing', { method: 'DELETE', headers: { cookie, origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
    expect((await publicListing(listingId)).status).toBe(200);
  });
});
