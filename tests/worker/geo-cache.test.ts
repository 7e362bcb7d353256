import { beforeAll, describe, expect, it } from 'vitest';
import { buildGeoListings } from './geo-fixtures.ts';
import { EDGE_CACHE_SECONDS } from '#worker/cache-age.ts';
import { TENANT_A, TENANT_B, insertListings, insertTenants, request, writeAsVisitor } from './support.ts';

const now = new Date('2026-11-20T10:00:00Z');
const listingsA = buildGeoListings(41, TENANT_A.id, 5, now);
const listingsB = buildGeoListings(42, TENANT_B.id, 5, now);
const MARSEILLE = '/api/v1/listings?bbox=5.2,43.1,5.6,43.5&at=2026-11-20T10:00:00Z';

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_A }, { tenant: TENANT_B });
  await insertListings([...listingsA, ...listingsB]);
});

describe('edge cache of public listing answers', () => {
  it('answers a repeated query from the cache, with the same body', async () => {
    const first = await request('tenant-a.localhost', MARSEILLE);
    expect(first.headers.get('x-vitrine-cache')).toBe('miss');
    const second = await request('tenant-a.localhost', MARSEILLE);
    expect(second.headers.get('x-vitrine-cache')).toBe('hit');
    expect(await second.json()).toEqual(await first.json());
  });

  it('treats the same query written differently as one entry', async () => {
    await request('tenant-a.localhost', '/api/v1/listings?bbox=5.2,43.1,5.6,43.5&category=bakery,cheese&at=2026-11-20T10:00:00Z');
    const reordered = await request('tenant-a.localhost', '/api/v1/listings?at=2026-11-20T10:00:00.000Z&category=cheese&category=bakery&bbox=5.20,43.10,5.60,43.50');
    expect(reordered.headers.get('x-vitrine-cache')).toBe('hit');
  });

  it('never serves one tenant the answer cached for another', async () => {
    await request('tenant-a.localhost', MARSEILLE);
    const other = await request('tenant-b.localhost', MARSEILLE);
    expect(other.headers.get('x-vitrine-cache')).toBe('miss');
  });

  it('answers the writer of a listing change past the cache, and others from it for at most its stated age', async () => {
    await request('tenant-a.localhost', MARSEILLE);
    const listing = listingsA[0]!;
    const cookie = await writeAsVisitor("UPDATE listings SET status = 'temporarily_closed' WHERE id = ?1", listing.id);
    const own = await request('tenant-a.localhost', MARSEILLE, { headers: { cookie } });
    expect(own.headers.get('x-vitrine-cache')).toBe('bypass');
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    const body = await own.json<{ features: Array<{ id: string; properties: { status: string } }> }>();
    expect(body.features.find((f) => f.id === listing.id)?.properties.status).toBe('temporarily_closed');
    const others = await request('tenant-a.localhost', MARSEILLE);
    expect(others.headers.get('x-vitrine-cache')).toBe('hit');
    expect(Number(others.headers.get('x-vitrine-cache-max-age'))).toBeLessThanOrEqual(EDGE_CACHE_SECONDS);
    // Browsers ask again each time: the edge, not the browser, holds the shared answer.
    expect(others.headers.get('cache-control')).toBe('no-cache');
  });

  it('does not cache errors', async () => {
    await request('tenant-a.localhost', '/api/v1/listings?bbox=6,43,5,44');
    const again = await request('tenant-a.localhost', '/api/v1/listings?bbox=6,43,5,44');
    expect(again.status).toBe(400);
    expect(again.headers.get('x-vitrine-cache')).toBeNull();
  });
});
