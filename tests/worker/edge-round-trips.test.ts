import { beforeAll, describe, expect, it } from 'vitest';
import { formatBbox, type Bbox } from '#schema/bbox.ts';
import { distanceMetres } from '#schema/geo/distance.ts';
import { tileOfBox } from '#schema/geo/tiles.ts';
import type { ListingsAnswer } from '#schema/listing.ts';
import { parseServerTiming } from '#schema/server-timing.ts';
import { buildListing, type Commune, type ListingRecord } from '#seed/factories.ts';
import { createRandom } from '#seed/random.ts';
import { inBox } from './geo-fixtures.ts';
import { TENANT_A, insertListings, insertTenants, request } from './support.ts';

const HOST = 'tenant-a.localhost';
const AT = 'at=2026-11-20T10:00:00Z';
const now = new Date('2026-11-20T10:00:00Z');
const marseille: Commune = { insee: '13201', name: 'Marseille', postcode: '13001', lat: 43.2999, lng: 5.3841, population: 800000 };
const random = createRandom(1818);
const shops: ListingRecord[] = Array.from({ length: 80 }, () => buildListing(random, TENANT_A.id, marseille, now));
/** Many matches of one word around one street, few of them with the service asked for. */
const honey: ListingRecord[] = Array.from({ length: 45 }, (_, i) =>
  buildListing(random, TENANT_A.id, marseille, now, {
    name: `Miellerie Quinconce ${i}`,
    lat: 43.31 + i * 1e-4,
    lng: 5.37 + i * 1e-4,
    services: JSON.stringify(i % 15 === 0 ? ['delivery'] : []),
  }),
);
const everyone = [...shops, ...honey];

const costOf = (response: Response) => parseServerTiming(response.headers.get('server-timing'));
const idsOf = async (response: Response) => (await response.json<ListingsAnswer>()).features.map((f) => f.id).sort();

/** The same request again is answered by the edge cache, with the same listings and no D1 statement. */
async function expectHitWithoutD1(path: string, expectedIds: string[]): Promise<void> {
  const again = await request(HOST, path);
  expect(costOf(again)).toEqual(expect.objectContaining({ cache: 'hit', statements: 0, roundTrips: 0, rowsRead: 0 }));
  expect(await idsOf(again)).toEqual(expectedIds);
}

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_A });
  await insertListings(everyone);
  // The isolate learns the tenant once; every later miss is then one round trip.
  await request(HOST, `/api/v1/listings?bbox=0,40,10,50&${AT}`);
});

describe('one D1 round trip per public read on a cache miss, none on a hit', () => {
  it('answers a box that is not a map tile with the listings inside it, then from the cache', async () => {
    const box: Bbox = { west: 5.35, south: 43.28, east: 5.42, north: 43.33 };
    expect(tileOfBox(box)).toBeNull();
    const path = `/api/v1/listings?bbox=${formatBbox(box)}&${AT}`;
    const response = await request(HOST, path);
    expect(costOf(response)).toEqual(expect.objectContaining({ cache: 'miss', roundTrips: 1 }));
    const expected = everyone.filter((l) => inBox(box, l)).map((l) => l.id).sort();
    expect(expected.length).toBeGreaterThan(20);
    expect(await idsOf(response)).toEqual(expected);
    await expectHitWithoutD1(path, expected);
  });

  it('answers clusters for a box that is not a tile and holds more than the limit', async () => {
    const box: Bbox = { west: 5.1, south: 43.1, east: 5.7, north: 43.5 };
    const response = await request(HOST, `/api/v1/listings?bbox=${formatBbox(box)}&limit=30&${AT}`);
    expect(costOf(response)).toEqual(expect.objectContaining({ cache: 'miss', roundTrips: 1 }));
    const body = await response.json<ListingsAnswer>();
    expect(body.kind).toBe('clusters');
    expect(body.features.reduce((sum, f) => sum + ('count' in f.properties ? f.properties.count : 0), 0)).toBe(everyone.filter((l) => inBox(box, l)).length);
  });

  it('answers an empty box that is not a tile with no listing, though the cells around it hold many', async () => {
    const box: Bbox = { west: 5.3701, south: 43.31005, east: 5.37015, north: 43.3101 };
    const response = await request(HOST, `/api/v1/listings?bbox=${formatBbox(box)}&limit=10&${AT}`);
    expect(costOf(response)?.roundTrips).toBe(1);
    expect(everyone.filter((l) => inBox(box, l))).toEqual([]);
    expect(await response.json<ListingsAnswer>()).toMatchObject({ kind: 'listings', features: [] });
  });

  it('answers a text search whose matches fill several pages in one round trip, then from the cache', async () => {
    // 45 matches, 3 with the service: the first 20 matches hold one at most, so a search read
    // page by page would need a third page.
    const path = `/api/v1/listings?bbox=5.3,43.25,5.45,43.35&q=miellerie&service=delivery&limit=5&${AT}`;
    const response = await request(HOST, path);
    expect(costOf(response)).toEqual(expect.objectContaining({ cache: 'miss', roundTrips: 1 }));
    const body = await response.json<ListingsAnswer>();
    const expected = honey.filter((_, i) => i % 15 === 0).map((l) => l.id).sort();
    expect(body.features.map((f) => f.id).sort()).toEqual(expected);
    expect(body.truncated).toBe(false);
    await expectHitWithoutD1(path, expected);
  });

  it('answers the nearest listings in one round trip, nearest first', async () => {
    const [lat, lng] = [43.295, 5.39];
    const response = await request(HOST, `/api/v1/listings/nearest?lat=${lat}&lng=${lng}&k=7&${AT}`);
    expect(costOf(response)).toEqual(expect.objectContaining({ cache: 'miss', roundTrips: 1 }));
    const expected = [...everyone].sort((a, b) => distanceMetres(lat, lng, a.lat, a.lng) - distanceMetres(lat, lng, b.lat, b.lng)).slice(0, 7);
    expect((await response.json<ListingsAnswer>()).features.map((f) => f.id)).toEqual(expected.map((l) => l.id));
  });
});
