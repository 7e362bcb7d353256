import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '#seed/random.ts';
import { buildListing, type Commune, type ListingRecord } from '#seed/factories.ts';
import { TENANT_A, TENANT_B, insertListings, insertTenants, request } from './support.ts';

const marseille: Commune = { insee: '13201', name: 'Marseille 1er Arrondissement', postcode: '13001', lat: 43.2999, lng: 5.3841, population: 40000 };
const vannes: Commune = { insee: '56260', name: 'Vannes', postcode: '56000', lat: 47.6559, lng: -2.7603, population: 54000 };
const now = new Date('2026-11-20T10:00:00Z');
const random = createRandom(7);

const listingsA: ListingRecord[] = Array.from({ length: 40 }, () => buildListing(random, TENANT_A.id, marseille, now));
const listingsB: ListingRecord[] = Array.from({ length: 40 }, () => buildListing(random, TENANT_B.id, vannes, now));
// A listing of B placed inside A's territory: it must still never show on A.
const intruder = buildListing(random, TENANT_B.id, marseille, now, { name: 'Intruder of B' });

type Collection = { type: string; features: Array<{ id: string; properties: { id: string; name: string; category: string; status: string } }>; truncated: boolean };
type ErrorBody = { error: { code: string; message: string; fields: Record<string, string[]> } };

const WORLD = 'bbox=-180,-90,180,90';

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_A }, { tenant: TENANT_B });
  await insertListings([...listingsA, ...listingsB, intruder]);
});

describe('GET /api/v1/listings', () => {
  it("answers a GeoJSON FeatureCollection of the tenant's listings in the box", async () => {
    const response = await request('tenant-a.localhost', `/api/v1/listings?${WORLD}`);
    expect(response.status).toBe(200);
    const body = await response.json<Collection>();
    expect(body.type).toBe('FeatureCollection');
    expect(body.features.map((f) => f.id).sort()).toEqual(listingsA.map((l) => l.id).sort());
    expect(body.truncated).toBe(false);
    const first = body.features[0];
    expect(first?.properties).toEqual(expect.objectContaining({ id: first?.id, name: expect.any(String), category: expect.any(String), status: expect.any(String) }));
  });

  it("never returns another tenant's listing, even inside the box", async () => {
    const body = await (await request('tenant-a.localhost', `/api/v1/listings?${WORLD}`)).json<Collection>();
    expect(body.features.some((f) => f.properties.name === 'Intruder of B')).toBe(false);
    const bodyB = await (await request('tenant-b.localhost', `/api/v1/listings?${WORLD}`)).json<Collection>();
    expect(bodyB.features).toHaveLength(listingsB.length + 1);
  });

  it('returns exactly the listings whose point is inside the box', async () => {
    const box = { west: 5.38, south: 43.29, east: 5.40, north: 43.31 };
    const expected = listingsA.filter((l) => l.lng >= box.west && l.lng <= box.east && l.lat >= box.south && l.lat <= box.north);
    const body = await (await request('tenant-a.localhost', `/api/v1/listings?bbox=${box.west},${box.south},${box.east},${box.north}`)).json<Collection>();
    expect(body.features.map((f) => f.id).sort()).toEqual(expected.map((l) => l.id).sort());
  });

  it.each([
    ['missing', '', 'bbox'],
    ['not four numbers', 'bbox=1,2,3', 'bbox'],
    ['not numbers', 'bbox=a,b,c,d', 'bbox'],
    ['out of range', 'bbox=0,0,10,95', 'bbox'],
    ['inverted', 'bbox=6,43,5,44', 'bbox'],
  ])('answers 400 with a field-level message when the bbox is %s', async (_label, query, field) => {
    const response = await request('tenant-a.localhost', `/api/v1/listings?${query}`, { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } });
    expect(response.status).toBe(400);
    const body = await response.json<ErrorBody>();
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.fields[field]?.[0]).toMatch(/[a-zé]{3,}/);
    expect(body.error.fields[field]?.[0]).not.toMatch(/^bbox\./);
  });

  it('explains an inverted box in English when asked', async () => {
    const response = await request('tenant-a.localhost', '/api/v1/listings?bbox=6,43,5,44', { headers: { 'accept-language': 'en' } });
    const body = await response.json<ErrorBody>();
    expect(body.error.fields.bbox).toEqual(['West must not exceed east, nor south exceed north.']);
  });
});

describe('GET /api/v1/listings/:id', () => {
  it('answers one listing of the tenant with its public details', async () => {
    const listing = listingsA[0]!;
    const response = await request('tenant-a.localhost', `/api/v1/listings/${listing.id}`);
    expect(response.status).toBe(200);
    // The tenant closes on public holidays: the hours published are the ones evaluated, PH off written in.
    const published = /\bPH\b/.test(listing.opening_hours) ? listing.opening_hours : `${listing.opening_hours}; PH off`;
    expect(await response.json()).toMatchObject({ id: listing.id, name: listing.name, communeInsee: '13201', openingHours: published });
  });

  it('answers 404 for a listing of another tenant', async () => {
    const response = await request('tenant-a.localhost', `/api/v1/listings/${listingsB[0]!.id}`);
    expect(response.status).toBe(404);
    expect((await response.json<ErrorBody>()).error.code).toBe('not_found');
  });

  it('answers 404 for a listing that does not exist and 400 for a malformed id', async () => {
    expect((await request('tenant-a.localhost', '/api/v1/listings/zzzzzzzzzzzz')).status).toBe(404);
    expect((await request('tenant-a.localhost', '/api/v1/listings/bad%20id!')).status).toBe(400);
  });

  it('does not expose private contact details', async () => {
    const body = await (await request('tenant-a.localhost', `/api/v1/listings/${listingsA[1]!.id}`)).json<Record<string, unknown>>();
    expect(body).not.toHaveProperty('email');
    expect(body).not.toHaveProperty('siret');
  });
});
