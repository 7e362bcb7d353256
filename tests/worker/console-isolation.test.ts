import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ListingRecord } from '#seed/factories.ts';
import { request } from './support.ts';
import {
  addListings, addStaff, clock, CONSOLE_TENANTS, consoleRequest, hostOf, insertConsoleTenants, queueEntry, reportEntry, setModeration, signIn,
  useConsoleServices, type Session,
} from './console-support.ts';

type Fixture = { session: Session; listing: ListingRecord; pending: ListingRecord; queueItem: string; report: string; importId: string; staffId: number };

const fixtures = new Map<number, Fixture>();

async function stageImport(session: Session): Promise<string> {
  const { importId } = await (await consoleRequest(session, '/imports', { method: 'POST' })).json<{ importId: string }>();
  const row = { name: 'Import', category: 'bakery', address: '1 rue Haute', postcode: '13001', commune: 'X', communeInsee: '13055', lat: '43.3', lng: '5.4', openingHours: 'Mo 09:00-12:00' };
  await consoleRequest(session, `/imports/${importId}/rows`, { method: 'POST', body: { firstLine: 2, rows: [row] } });
  return importId;
}

beforeAll(async () => {
  await insertConsoleTenants();
  useConsoleServices();
  for (const tenant of CONSOLE_TENANTS) {
    await addStaff(tenant.id, `admin@${tenant.slug}.fr`, 'admin');
    await addStaff(tenant.id, `modo@${tenant.slug}.fr`, 'moderator');
    const session = await signIn(tenant.id, `admin@${tenant.slug}.fr`);
    const [listing, pending] = await addListings(tenant.id, 2, { name: `Secret ${tenant.slug}` });
    await setModeration(pending!.id, false, 'pending');
    const { id: staffId } = (await env.DB.prepare('SELECT id FROM staff WHERE email = ?1').bind(`modo@${tenant.slug}.fr`).first<{ id: number }>())!;
    fixtures.set(tenant.id, {
      session, listing: listing!, pending: pending!, queueItem: await queueEntry(tenant.id, pending!.id, 'registration'),
      report: await reportEntry(tenant.id, listing!.id), importId: await stageImport(session), staffId,
    });
  }
});

type Probe = (actor: Fixture, target: Fixture) => Promise<Response>;

const listingFields = (listing: ListingRecord) => ({
  name: listing.name, siret: null, category: listing.category, address: listing.address, postcode: listing.postcode, commune: listing.commune,
  communeInsee: listing.commune_insee, lat: listing.lat, lng: listing.lng, phone: null, email: null, website: null, openingHours: listing.opening_hours,
  services: [], status: 'open', statusUntil: null,
});

/** Every console endpoint that names a resource, aimed at another tenant's resource: each must answer 404. */
const RESOURCE_PROBES: Record<string, Probe> = {
  'GET /listings/:id': (a, t) => consoleRequest(a.session, `/listings/${t.listing.id}`),
  'PUT /listings/:id': (a, t) => consoleRequest(a.session, `/listings/${t.listing.id}`, { method: 'PUT', body: listingFields(t.listing) }),
  'POST /listings/:id/close': (a, t) => consoleRequest(a.session, `/listings/${t.listing.id}/close`, { method: 'POST' }),
  'POST /listings/:own/merge (their duplicate)': (a, t) => consoleRequest(a.session, `/listings/${a.listing.id}/merge`, { method: 'POST', body: { duplicateId: t.listing.id } }),
  'POST /listings/:theirs/merge (own duplicate)': (a, t) => consoleRequest(a.session, `/listings/${t.listing.id}/merge`, { method: 'POST', body: { duplicateId: a.pending.id } }),
  'POST /moderation/decisions (queue)': (a, t) => consoleRequest(a.session, '/moderation/decisions', { method: 'POST', body: { items: [t.queueItem], decision: 'approve' } }),
  'POST /moderation/decisions (report)': (a, t) => consoleRequest(a.session, '/moderation/decisions', { method: 'POST', body: { items: [t.report], decision: 'reject', reason: 'Non' } }),
  'GET /imports/:id': (a, t) => consoleRequest(a.session, `/imports/${t.importId}`),
  'POST /imports/:id/commit': (a, t) => consoleRequest(a.session, `/imports/${t.importId}/commit`, { method: 'POST' }),
  'DELETE /imports/:id': (a, t) => consoleRequest(a.session, `/imports/${t.importId}`, { method: 'DELETE' }),
  'DELETE /staff/:id': (a, t) => consoleRequest(a.session, `/staff/${t.staffId}`, { method: 'DELETE' }),
  'GET /api/v1/listings/:id (public)': (a, t) => request(a.session.host, `/api/v1/listings/${t.listing.id}`),
};

/** Every console endpoint, with the actor's own session sent to the target tenant's host. */
const CONSOLE_ENDPOINTS: Array<[string, string, unknown?]> = [
  ['GET', '/session'], ['DELETE', '/session'], ['GET', '/moderation'], ['POST', '/moderation/decisions', { items: ['q1'], decision: 'approve' }],
  ['GET', '/listings'], ['GET', '/listings/x'], ['PUT', '/listings/x', {}], ['POST', '/listings/x/close'], ['POST', '/listings/x/merge', { duplicateId: 'y' }],
  ['GET', '/settings'], ['PUT', '/settings', {}], ['GET', '/accessibility'], ['PUT', '/accessibility', {}], ['GET', '/staff'], ['POST', '/staff', { email: 'x@x.fr', role: 'admin' }], ['DELETE', '/staff/1'],
  ['POST', '/imports'], ['POST', '/imports/abcdefghijklmnopqrstuv/rows', { firstLine: 2, rows: [{}] }], ['GET', '/imports/abcdefghijklmnopqrstuv'],
  ['POST', '/imports/abcdefghijklmnopqrstuv/commit'], ['DELETE', '/imports/abcdefghijklmnopqrstuv'], ['GET', '/stats'], ['GET', '/audit'],
  ['GET', '/network/tenants'], ['GET', '/network/cells'],
];

/** Answers of the tenant's own lists and public pages: none may mention another tenant's data. */
const LIST_PROBES: Record<string, (a: Fixture) => Promise<Response>> = {
  'GET /moderation': (a) => consoleRequest(a.session, '/moderation'),
  'GET /listings': (a) => consoleRequest(a.session, '/listings?q=Secret'),
  'GET /settings': (a) => consoleRequest(a.session, '/settings'),
  'GET /staff': (a) => consoleRequest(a.session, '/staff'),
  'GET /stats': (a) => consoleRequest(a.session, '/stats'),
  'GET /audit': (a) => consoleRequest(a.session, '/audit'),
  'GET /api/v1/listings (public)': (a) => request(a.session.host, '/api/v1/listings?bbox=-180,-90,180,90'),
  'GET /api/v1/open-data/listings.csv (public)': (a) => request(a.session.host, '/api/v1/open-data/listings.csv'),
  'GET /embed (public)': (a) => request(a.session.host, '/embed'),
};

const distinctPair = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })).filter(([a, t]) => a !== t);

function secretsOf(target: Fixture, slug: string): string[] {
  return [target.listing.id, target.pending.id, `Secret ${slug}`, `admin@${slug}.fr`, `modo@${slug}.fr`];
}

describe('no cross-tenant read or write, for three tenants', () => {
  it("answers 404 to every console endpoint aimed at another tenant's resource", async () => {
    await fc.assert(
      fc.asyncProperty(distinctPair, fc.constantFrom(...Object.keys(RESOURCE_PROBES)), async ([actorId, targetId], probe) => {
        const response = await RESOURCE_PROBES[probe]!(fixtures.get(actorId)!, fixtures.get(targetId)!);
        expect(response.status, `${probe} from ${actorId} on ${targetId}`).toBe(404);
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it("answers every console endpoint called with a session of another tenant as it answers a junk cookie: 401", async () => {
    await fc.assert(
      fc.asyncProperty(distinctPair, fc.constantFrom(...CONSOLE_ENDPOINTS), async ([actorId, targetId], [method, path, body]) => {
        const session = { host: hostOf(targetId), cookie: fixtures.get(actorId)!.session.cookie };
        const response = await consoleRequest(session, path, { method, body });
        const junk = await consoleRequest({ host: hostOf(targetId), cookie: 'junk' }, path, { method, body });
        expect(response.status, `${method} ${path} with ${actorId}'s session on ${targetId}`).toBe(401);
        expect(await response.json(), `${method} ${path}`).toEqual(await junk.json());
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it("never shows another tenant's data in the lists and public answers", async () => {
    await fc.assert(
      fc.asyncProperty(distinctPair, fc.constantFrom(...Object.keys(LIST_PROBES)), async ([actorId, targetId], probe) => {
        const response = await LIST_PROBES[probe]!(fixtures.get(actorId)!);
        expect(response.status).toBe(200);
        const text = await response.text();
        for (const secret of secretsOf(fixtures.get(targetId)!, CONSOLE_TENANTS[targetId - 1]!.slug)) expect(text, `${probe} of ${actorId}`).not.toContain(secret);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('left every tenant as it was', async () => {
    clock.now = new Date('2026-11-20T10:00:00Z');
    for (const [tenantId, fixture] of fixtures) {
      const listing = await env.DB.prepare('SELECT status, name FROM listings WHERE id = ?1').bind(fixture.listing.id).first<{ status: string; name: string }>();
      expect(listing).toEqual({ status: fixture.listing.status, name: fixture.listing.name });
      const queue = await env.DB.prepare('SELECT state FROM moderation_queue WHERE id = ?1').bind(Number(fixture.queueItem.slice(1))).first<{ state: string }>();
      expect(queue?.state).toBe('pending');
      const staff = await env.DB.prepare('SELECT disabled_at FROM staff WHERE id = ?1').bind(fixture.staffId).first<{ disabled_at: string | null }>();
      expect(staff?.disabled_at).toBeNull();
      expect((await consoleRequest(fixture.session, `/imports/${fixture.importId}`)).status, `import of ${tenantId}`).toBe(200);
    }
  });
});
