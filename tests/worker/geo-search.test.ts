import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bbox } from '#schema/bbox.ts';
import { CATEGORIES, SERVICES } from '#schema/categories.ts';
import { distanceMetres } from '#schema/geo/distance.ts';
import type { ListingFilters } from '#schema/queries.ts';
import type { ListingFeatureCollection, ListingsAnswer } from '#schema/listing.ts';
import { findTenantBySlug } from '#worker/db/tenants.ts';
import { env } from 'cloudflare:workers';
import { PLACES, buildGeoListings, filtersQuery, inBox, matchesFilters } from './geo-fixtures.ts';
import { TENANT_A, TENANT_B, insertListings, insertTenants, request } from './support.ts';

const now = new Date('2026-11-20T10:00:00Z');
const listingsA = buildGeoListings(11, TENANT_A.id, 90, now);
const listingsB = buildGeoListings(12, TENANT_B.id, 10, now);

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_A }, { tenant: TENANT_B });
  await insertListings([...listingsA, ...listingsB]);
});

const place = fc.constantFrom(...PLACES);
/** Boxes from a few metres to the whole world, around the places or anywhere. */
const box: fc.Arbitrary<Bbox> = fc
  .tuple(
    fc.oneof(place.map((p) => ({ lat: p.lat, lng: p.lng })), fc.record({ lat: fc.double({ min: -85, max: 85, noNaN: true }), lng: fc.double({ min: -175, max: 175, noNaN: true }) })),
    fc.double({ min: -5, max: 2.5, noNaN: true }),
    fc.double({ min: -5, max: 2.5, noNaN: true }),
    fc.double({ min: -0.5, max: 0.5, noNaN: true }),
    fc.double({ min: -0.5, max: 0.5, noNaN: true }),
  )
  .map(([centre, logW, logH, shiftX, shiftY]) => {
    const w = 10 ** logW;
    const h = 10 ** logH;
    const lng = centre.lng + shiftX * w;
    const lat = centre.lat + shiftY * h;
    return { west: Math.max(-180, lng - w / 2), east: Math.min(180, lng + w / 2), south: Math.max(-90, lat - h / 2), north: Math.min(90, lat + h / 2) };
  });

const filters: fc.Arbitrary<ListingFilters> = fc.record({
  categories: fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, fc.uniqueArray(fc.constantFrom(...CATEGORIES), { minLength: 1, maxLength: 3 })).map((c) => [...c].sort()),
  services: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, fc.uniqueArray(fc.constantFrom(...SERVICES), { minLength: 1, maxLength: 2 })).map((s) => [...s].sort()),
  open: fc.boolean(),
  at: fc.constant(null),
  q: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, fc.constantFrom('pain', 'Boulangerie', 'fromage', 'PLOMBIER', 'miel', 'épicerie', 'du', 'maison bou')),
});
const instant = fc.date({ min: new Date('2026-11-16T00:00:00Z'), max: new Date('2026-11-23T00:00:00Z'), noInvalidDate: true });

const formatBox = (b: Bbox) => [b.west, b.south, b.east, b.north].join(',');

async function getJson<T>(host: string, path: string): Promise<T> {
  const response = await request(host, path);
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json<T>();
}

describe('GET /api/v1/listings (against a filter over every listing)', () => {
  it('returns exactly the listings of the tenant in the box that pass the filters', async () => {
    const tenant = (await findTenantBySlug(env.DB, TENANT_A.slug))!;
    await fc.assert(
      fc.asyncProperty(box, filters, instant, async (b, f, at) => {
        const answer = await getJson<ListingsAnswer>('tenant-a.localhost', `/api/v1/listings?bbox=${formatBox(b)}&limit=2000&${filtersQuery(f, at)}`);
        expect(answer.kind).toBe('listings');
        const expected = listingsA.filter((l) => inBox(b, l) && matchesFilters(l, f, tenant, at)).map((l) => l.id).sort();
        expect(answer.features.map((feature) => feature.id).sort()).toEqual(expected);
        expect(answer.truncated).toBe(false);
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('finds listings overseas, in the southern and western hemispheres', async () => {
    for (const p of PLACES.slice(2, 6)) {
      const b = { west: p.lng - 0.5, south: p.lat - 0.5, east: p.lng + 0.5, north: p.lat + 0.5 };
      const answer = await getJson<ListingFeatureCollection>('tenant-a.localhost', `/api/v1/listings?bbox=${formatBox(b)}&limit=2000`);
      expect(answer.features.length).toBe(listingsA.filter((l) => inBox(b, l)).length);
      expect(answer.features.length).toBeGreaterThan(50);
    }
  });

  it('answers an empty collection for a box outside the territory', async () => {
    const answer = await getJson<ListingFeatureCollection>('tenant-a.localhost', '/api/v1/listings?bbox=-30,-60,-20,-50');
    expect(answer).toMatchObject({ kind: 'listings', features: [], truncated: false });
  });

  it('evaluates the hours of each feature at the instant asked for', async () => {
    const b = { west: 5.2, south: 43.1, east: 5.6, north: 43.5 };
    const answer = await getJson<ListingFeatureCollection>('tenant-a.localhost', `/api/v1/listings?bbox=${formatBox(b)}&at=2026-11-22T03:00:00Z`);
    expect(answer.features.length).toBeGreaterThan(0);
    expect(answer.features.every((f) => f.properties.open_now === false)).toBe(true);
    expect(answer.features[0]?.properties).toEqual(expect.objectContaining({ opening_hours: expect.any(String), last_confirmed_at: expect.any(String), next_change: expect.anything() }));
  });
});

describe('GET /api/v1/listings/nearest (against sorting every listing)', () => {
  it('returns the k nearest listings that pass the filters, nearest first, with their distance', async () => {
    const tenant = (await findTenantBySlug(env.DB, TENANT_A.slug))!;
    const point = fc.oneof(
      place.chain((p) => fc.record({ lat: fc.double({ min: p.lat - 0.05, max: p.lat + 0.05, noNaN: true }), lng: fc.double({ min: p.lng - 0.05, max: p.lng + 0.05, noNaN: true }) })),
      fc.record({ lat: fc.double({ min: -80, max: 80, noNaN: true }), lng: fc.double({ min: -179, max: 179, noNaN: true }) }),
    );
    await fc.assert(
      fc.asyncProperty(point, fc.integer({ min: 1, max: 100 }), filters, instant, async (p, k, f, at) => {
        const answer = await getJson<ListingFeatureCollection>('tenant-a.localhost', `/api/v1/listings/nearest?lat=${p.lat}&lng=${p.lng}&k=${k}&${filtersQuery(f, at)}`);
        const expected = listingsA
          .filter((l) => matchesFilters(l, f, tenant, at))
          .map((l) => Math.round(distanceMetres(p.lat, p.lng, l.lat, l.lng)))
          .sort((a, b) => a - b)
          .slice(0, k);
        expect(answer.features.map((feature) => feature.properties.distance_m)).toEqual(expected);
      }),
      { numRuns: 80 },
    );
  }, 120_000);
});
