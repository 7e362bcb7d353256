import { describe, expect, it } from 'vitest';
import { TENANT_A, insertTenants, request } from './support.ts';
import { beforeAll } from 'vitest';

type ErrorBody = { error: { code: string; fields: Record<string, string[]> } };

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_A });
});

const BOX = 'bbox=5.3,43.2,5.5,43.4';

describe('listing queries with bad parameters', () => {
  it.each([
    ['an inverted box', `/api/v1/listings?bbox=6,43,5,44`, 'bbox', 'West must not exceed east, nor south exceed north.'],
    ['a latitude above 90', '/api/v1/listings/nearest?lat=91&lng=5', 'lat', 'Latitude is a number from -90 to 90.'],
    ['a longitude that is not a number', '/api/v1/listings/nearest?lat=43&lng=east', 'lng', 'Longitude is a number from -180 to 180.'],
    ['k above its maximum', '/api/v1/listings/nearest?lat=43&lng=5&k=101', 'k', 'The number of nearest listings goes from 1 to 100.'],
    ['a limit above its maximum', `/api/v1/listings?${BOX}&limit=5000`, 'limit', 'The number of results goes from 1 to 2000.'],
    ['a text longer than allowed', `/api/v1/listings?${BOX}&q=${'a'.repeat(101)}`, 'q', 'Searches are limited to 100 characters.'],
    ['an unknown category', `/api/v1/listings?${BOX}&category=bakery,casino`, 'category.1', 'Unknown category: choose one of those the filter offers.'],
    ['an unknown service', `/api/v1/listings/nearest?lat=43&lng=5&service=teleport`, 'service.0', 'Unknown service: delivery, click_collect, takeaway, drive or appointment.'],
    ['a malformed instant', `/api/v1/listings?${BOX}&open=1&at=tomorrow`, 'at', 'Give an ISO 8601 instant, for example 2026-11-20T10:00:00Z.'],
    ['open not 0 or 1', `/api/v1/listings?${BOX}&open=yes`, 'open', 'The "open" filter is 1 (or 0).'],
  ])('answers 400 naming the field for %s', async (_label, path, field, message) => {
    const response = await request('tenant-a.localhost', path, { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(400);
    const body = await response.json<ErrorBody>();
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.fields[field]).toEqual([message]);
  });

  it('explains in French by default', async () => {
    const response = await request('tenant-a.localhost', '/api/v1/listings/nearest?lat=95&lng=5', { headers: { 'accept-language': 'fr' } });
    expect((await response.json<ErrorBody>()).error.fields.lat).toEqual(['La latitude est un nombre de -90 à 90.']);
  });

  it('routes /nearest to the nearest query, not to a listing called "nearest"', async () => {
    const response = await request('tenant-a.localhost', '/api/v1/listings/nearest?lat=43.3&lng=5.4');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ type: 'FeatureCollection', kind: 'listings', features: [] });
  });
});
