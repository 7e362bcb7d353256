import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatBbox } from '#schema/bbox.ts';
import { tileBox, tilesCovering, type Tile } from '#schema/geo/tiles.ts';
import type { ListingsAnswer } from '#schema/listing.ts';
import { parseServerTiming } from '#schema/server-timing.ts';
import { buildListing, type Commune, type ListingRecord } from '#seed/factories.ts';
import { createRandom } from '#seed/random.ts';
import worker from '../../worker/index.ts';
import { inBox } from './geo-fixtures.ts';
import { HOST_A, clock, insertRegistrationTenants, recordingMailer, useFakeServices } from './registration-support.ts';
import { asShopkeeper, openSession, registerAndGetLink, sessionCookieOf } from './self-service-support.ts';
import { bookmarkCookieOf, insertListings, request } from './support.ts';

const marseille: Commune = { insee: '13201', name: 'Marseille', postcode: '13001', lat: 43.2999, lng: 5.3841, population: 800000 };
const now = new Date('2026-11-20T10:00:00Z');
const random = createRandom(18);
const TENANT_ID = 1;
const listings: ListingRecord[] = Array.from({ length: 60 }, () => buildListing(random, TENANT_ID, marseille, now));
const AT = 'at=2026-11-20T10:00:00Z';
const mailer = recordingMailer();

/** The map tile of `level` holding Marseille's centre, as the web client asks for it. */
function tileAt(level: number): { tile: Tile; path: string } {
  const tile = tilesCovering({ west: marseille.lng, east: marseille.lng, south: marseille.lat, north: marseille.lat }, level)[0]!;
  return { tile, path: `/api/v1/listings?bbox=${formatBbox(tileBox(tile))}&${AT}` };
}

const costOf = (response: Response) => parseServerTiming(response.headers.get('server-timing'));

/** A request with the edge cache's age shortened, to see an answer age out within a test. */
async function withCacheAge(seconds: number, path: string, headers: Record<string, string> = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(`http://${HOST_A}${path}`, { headers }), { ...env, EDGE_CACHE_SECONDS: String(seconds) }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

beforeAll(async () => {
  await insertRegistrationTenants();
  await insertListings(listings);
});

beforeEach(() => {
  clock.now = now;
  useFakeServices({ mailer });
});

describe('public reads at the edge', () => {
  it('answers a cache hit with zero D1 statements', async () => {
    const { path } = tileAt(12);
    const first = await request(HOST_A, path);
    expect(costOf(first)?.cache).toBe('miss');
    const hit = await request(HOST_A, path);
    expect(costOf(hit)).toEqual(expect.objectContaining({ cache: 'hit', statements: 0, roundTrips: 0, rowsRead: 0 }));
    expect(await hit.json()).toEqual(await first.json());
  });


  it('counts a cache hit for the statistics without a D1 statement: the next miss writes it', async () => {
    const mapViews = async () =>
      (await env.DB.prepare("SELECT coalesce(sum(n), 0) AS n FROM daily_counts WHERE tenant_id = ?1 AND metric = 'map_view'").bind(TENANT_ID).first<{ n: number }>())!.n;
    const { path } = tileAt(16);
    expect(costOf(await request(HOST_A, path))?.cache).toBe('miss');
    const afterMiss = await mapViews();
    const ctx = createExecutionContext();
    const hit = await worker.fetch(new Request(`http://${HOST_A}${path}`), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(costOf(hit)).toEqual(expect.objectContaining({ cache: 'hit', statements: 0, roundTrips: 0 }));
    expect(await mapViews()).toBe(afterMiss);
    const miss = await request(HOST_A, tileAt(8).path);
    expect(costOf(miss)).toEqual(expect.objectContaining({ cache: 'miss', roundTrips: 1 }));
    expect(await mapViews()).toBe(afterMiss + 2);
  });
  it('answers a tile on a cache miss in one D1 round trip, with the listings the tile holds', async () => {
    await request(HOST_A, tileAt(12).path); // the isolate learns the tenant
    const { tile, path } = tileAt(14);
    const response = await request(HOST_A, path);
    expect(costOf(response)).toEqual(expect.objectContaining({ cache: 'miss', roundTrips: 1 }));
    const body = await response.json<ListingsAnswer>();
    expect(body.kind).toBe('listings');
    const expected = listings.filter((l) => inBox(tileBox(tile), l)).map((l) => l.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(body.features.map((f) => f.id).sort()).toEqual(expected);
  });

  it('answers clusters for a tile holding more listings than the limit, in one round trip reading no listing', async () => {
    await request(HOST_A, tileAt(12).path);
    const response = await request(HOST_A, `${tileAt(10).path}&limit=30`);
    const cost = costOf(response);
    expect(cost?.roundTrips).toBe(1);
    const body = await response.json<ListingsAnswer>();
    expect(body.kind).toBe('clusters');
    expect(body.features.reduce((sum, f) => sum + ('count' in f.properties ? f.properties.count : 0), 0)).toBe(listings.length);
    // The cells, and a handful for the tenant, the two counts and the campaign: not the 31 rows of a scan.
    expect(cost?.rowsRead).toBeLessThanOrEqual(body.features.length + 8);
  });

  it('answers a text search on a cache miss in one D1 round trip', async () => {
    await request(HOST_A, tileAt(12).path);
    const name = listings[0]!.name.split(' ')[0]!;
    const response = await request(HOST_A, `/api/v1/listings?bbox=5.2,43.1,5.6,43.5&q=${encodeURIComponent(name)}&${AT}`);
    expect(response.status).toBe(200);
    expect(costOf(response)).toEqual(expect.objectContaining({ cache: 'miss', roundTrips: 1 }));
    expect((await response.json<ListingsAnswer>()).features.length).toBeGreaterThan(0);
  });

  it("shows a shopkeeper's write to them at once, and to everyone else within the cache's stated age", async () => {
    const { listingId, token } = await registerAndGetLink(mailer);
    const session = sessionCookieOf(await openSession(token));
    const place = await env.DB.prepare('SELECT lat, lng FROM listings WHERE id = ?1').bind(listingId).first<{ lat: number; lng: number }>();
    const [tile] = tilesCovering({ west: place!.lng, east: place!.lng, south: place!.lat, north: place!.lat }, 14);
    const map = `/api/v1/listings?bbox=${formatBbox(tileBox(tile!))}`;
    const status = async (response: Response) => (await response.json<ListingsAnswer>()).features.find((f) => f.id === listingId)?.properties;
    await withCacheAge(1, map);
    const cached = await withCacheAge(1, map);
    expect(costOf(cached)?.cache).toBe('hit');
    expect(Number(cached.headers.get('x-vitrine-cache-max-age'))).toBeLessThanOrEqual(1);
    expect(await status(cached)).toMatchObject({ status: 'open' });

    const write = await asShopkeeper(session, '/listing/status', { method: 'POST', body: { action: 'permanently_closed' } });
    expect(write.status).toBe(200);
    const bookmark = bookmarkCookieOf(write);
    const own = await withCacheAge(1, map, { cookie: `${session}; ${bookmark}` });
    expect(costOf(own)?.cache).toBe('bypass');
    expect(await status(own)).toMatchObject({ status: 'permanently_closed' });

    const someoneElse = await withCacheAge(1, map);
    expect(costOf(someoneElse)?.cache).toBe('hit');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const later = await withCacheAge(1, map);
    expect(costOf(later)?.cache).toBe('miss');
    expect(await status(later)).toMatchObject({ status: 'permanently_closed' });
  });
});
