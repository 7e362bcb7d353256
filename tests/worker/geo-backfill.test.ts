import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { hilbertKey } from '#schema/geo/hilbert.ts';
import { buildGeoListings } from './geo-fixtures.ts';
import { TENANT_A, insertListings, insertTenants } from './support.ts';

const listings = buildGeoListings(31, TENANT_A.id, 20, new Date('2026-11-20T10:00:00Z'));

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_A });
  await insertListings(listings);
});

describe('the spatial key migration', () => {
  it('gives rows that existed before it the key hilbertKey() computes, overseas too', async () => {
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0005_'))!;
    const backfill = migration.queries.find((q) => q.includes('UPDATE listings SET h'))!;
    await env.DB.prepare('UPDATE listings SET h = -1').run();
    await env.DB.prepare(backfill).run();
    const { results } = await env.DB.prepare('SELECT lat, lng, h FROM listings').all<{ lat: number; lng: number; h: number }>();
    expect(results).toHaveLength(listings.length);
    for (const row of results) expect(row.h).toBe(hilbertKey(row.lat, row.lng));
  });

  it('refuses a listing written without its key', async () => {
    const [listing] = buildGeoListings(32, TENANT_A.id, 1, new Date());
    await expect(
      env.DB.prepare('INSERT INTO listings (id, tenant_id, name, category, address, postcode, commune, commune_insee, lat, lng, last_confirmed_at, created_at, updated_at) VALUES (?1, 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?10)')
        .bind(listing!.id, listing!.name, listing!.category, listing!.address, listing!.postcode, listing!.commune, listing!.commune_insee, listing!.lat, listing!.lng, listing!.created_at)
        .run(),
    ).rejects.toThrow(/listings\.h is required/);
  });
});
