import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildListing, buildTenant, type Commune } from '#seed/factories.ts';
import { createRandom } from '#seed/random.ts';
import { insertListings, insertTenants, request, writeAsVisitor } from './support.ts';

// A tenant that keeps usual hours on public holidays and calls a listing stale after 10 days.
const TENANT = buildTenant({ id: 7, slug: 'tenant-hours', name: 'CCI Horaires' });
const marseille: Commune = { insee: '13201', name: 'Marseille', postcode: '13001', lat: 43.2999, lng: 5.3841, population: 40000 };
const random = createRandom(3);
// Friday 2026-12-25 (Christmas), 10:00 in Paris.
const CHRISTMAS_10AM = '2026-12-25T09:00:00Z';
const weekdays = buildListing(random, TENANT.id, marseille, new Date('2026-12-20T10:00:00Z'), {
  name: 'Ouvert en semaine',
  opening_hours: 'Mo-Fr 09:00-18:00',
  status: 'open',
  last_confirmed_at: '2026-12-20T10:00:00Z',
});
const closedUntil = buildListing(random, TENANT.id, marseille, new Date('2026-12-20T10:00:00Z'), {
  name: 'Fermé pour congés',
  opening_hours: 'Mo-Sa 09:00-18:00',
  status: 'temporarily_closed',
  status_until: '2026-12-28',
});
const oldConfirmation = buildListing(random, TENANT.id, marseille, new Date('2026-12-01T10:00:00Z'), { name: 'Ancienne', last_confirmed_at: '2026-12-10T10:00:00Z' });

type Feature = { id: string; properties: { open_now: boolean; next_change: string | null; stale: boolean; status_until: string | null } };

beforeAll(async () => {
  await insertTenants({ tenant: TENANT });
  await env.DB.prepare('UPDATE tenants SET public_holidays_closed = 0, stale_after_days = 10 WHERE id = ?1').bind(TENANT.id).run();
  await insertListings([weekdays, closedUntil, oldConfirmation]);
});

async function features(at: string, cookie?: string): Promise<Map<string, Feature['properties']>> {
  const body = await (await request('tenant-hours.localhost', `/api/v1/listings?bbox=5,43,6,44&at=${at}`, cookie ? { headers: { cookie } } : {})).json<{ features: Feature[] }>();
  return new Map(body.features.map((f) => [f.id, f.properties]));
}

describe("the tenant's hours settings", () => {
  it('are sent with the tenant, with its public holidays for the year ahead', async () => {
    const tenant = await (await request('tenant-hours.localhost', '/api/v1/tenant')).json<{ hours: { staleAfterDays: number; publicHolidaysClosed: boolean; holidays: string[] } }>();
    expect(tenant.hours.staleAfterDays).toBe(10);
    expect(tenant.hours.publicHolidaysClosed).toBe(false);
    const year = new Date().getUTCFullYear();
    expect(tenant.hours.holidays).toEqual(expect.arrayContaining([`${year + 1}-01-01`, `${year + 1}-07-14`]));
  });

  it('keep a shop open on a public holiday when the tenant says holidays keep usual hours', async () => {
    expect((await features(CHRISTMAS_10AM)).get(weekdays.id)?.open_now).toBe(true);
  });

  it('close a shop on public holidays when the tenant says so', async () => {
    // As the console does; the staff member who changed it sees it at once, past the edge cache.
    const cookie = await writeAsVisitor('UPDATE tenants SET public_holidays_closed = 1, data_version = data_version + 1 WHERE id = ?1', TENANT.id);
    expect((await features(CHRISTMAS_10AM, cookie)).get(weekdays.id)?.open_now).toBe(false);
  });

  it("reopen a temporarily closed shop on the date it gave, and say when", async () => {
    const properties = (await features('2026-12-22T10:00:00Z')).get(closedUntil.id);
    expect(properties?.open_now).toBe(false);
    expect(properties?.status_until).toBe('2026-12-28');
    expect(properties?.next_change).toBe('2026-12-28T08:00:00.000Z');
  });

  it("use the tenant's staleness age", async () => {
    const all = await features('2026-12-22T10:00:00Z');
    expect(all.get(oldConfirmation.id)?.stale).toBe(true);
    expect(all.get(weekdays.id)?.stale).toBe(false);
  });
});
