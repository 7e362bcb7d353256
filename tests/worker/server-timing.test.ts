import { beforeAll, describe, expect, it } from 'vitest';
import { parseServerTiming } from '#schema/server-timing.ts';
import { buildGeoListings } from './geo-fixtures.ts';
import { TENANT_A, insertListings, insertTenants, request } from './support.ts';

const now = new Date('2026-11-20T10:00:00Z');
const MARSEILLE = '/api/v1/listings?bbox=5.2,43.1,5.6,43.5&at=2026-11-20T10:00:00Z';

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_A });
  await insertListings(buildGeoListings(51, TENANT_A.id, 8, now));
});

describe('Server-Timing', () => {
  it('names the D1 statements a listings answer ran, their round trips, rows read and time, and the cache miss', async () => {
    const response = await request('tenant-a.localhost', MARSEILLE);
    expect(response.status).toBe(200);
    const header = response.headers.get('server-timing');
    expect(header).toMatch(/(^|, )d1;desc="\d+ statements?";dur=\d+(\.\d)?/);
    const cost = parseServerTiming(header);
    expect(cost?.cache).toBe('miss');
    expect(cost?.statements).toBeGreaterThanOrEqual(1);
    expect(cost?.roundTrips).toBeGreaterThanOrEqual(1);
    expect(cost?.roundTrips).toBeLessThanOrEqual(cost?.statements ?? 0);
    expect(cost?.rowsRead).toBeGreaterThan(0);
    expect(cost?.d1Ms).toBeGreaterThanOrEqual(0);
  });

  it('says an answer came from the cache', async () => {
    await request('tenant-a.localhost', MARSEILLE);
    const again = await request('tenant-a.localhost', MARSEILLE);
    expect(parseServerTiming(again.headers.get('server-timing'))?.cache).toBe('hit');
  });

  it('is on answers that are not cached, errors included', async () => {
    const health = parseServerTiming((await request('tenant-a.localhost', '/api/health')).headers.get('server-timing'));
    expect(health).toEqual(expect.objectContaining({ cache: null, statements: 1, roundTrips: 1 }));
    const refused = await request('tenant-a.localhost', '/api/v1/listings?bbox=6,43,5,44');
    expect(refused.status).toBe(400);
    expect(parseServerTiming(refused.headers.get('server-timing'))?.cache).toBeNull();
  });
});
