import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport, RawImportRow } from '#schema/console/import.ts';
import { buildListing, buildTenant, type Commune } from '#seed/factories.ts';
import { createRandom } from '#seed/random.ts';
import { consoleRequest, hostOf, setUpConsoleTests, signIn } from './console-support.ts';
import { insertListings, insertTenants, request } from './support.ts';

// A tenant that closes on public holidays (the default policy), and three shops of Marseille.
const TENANT = buildTenant({ id: 8, slug: 'listing-holidays', name: 'CCI Jours fériés' });
const HOST = 'listing-holidays.localhost';
const marseille: Commune = { insee: '13201', name: 'Marseille', postcode: '13001', lat: 43.2999, lng: 5.3841, population: 40000 };
const random = createRandom(8);
const confirmed = new Date('2026-12-20T10:00:00Z');
const hours = 'Mo-Sa 09:00-19:00';
const sayingNothing = buildListing(random, TENANT.id, marseille, confirmed, { name: 'Sans avis', opening_hours: hours, status: 'open', last_confirmed_at: confirmed.toISOString() });
const asUsual = buildListing(random, TENANT.id, marseille, confirmed, { name: 'Comme d’habitude', opening_hours: hours, status: 'open', last_confirmed_at: confirmed.toISOString() });
const special = buildListing(random, TENANT.id, marseille, confirmed, { name: 'Le matin', opening_hours: `${hours}; PH 10:00-12:00`, status: 'open', last_confirmed_at: confirmed.toISOString() });
// Months are outside the compiled model: opening_hours.js evaluates these hours (decision 009).
const libraryHours = 'Mo-Sa 09:00-19:00; Aug off';
const libraryOnly = buildListing(random, TENANT.id, marseille, confirmed, { name: 'Hors modèle', opening_hours: libraryHours, status: 'open', last_confirmed_at: confirmed.toISOString() });

// Friday 2026-12-25 (Christmas) in Paris: 11:00, then 13:00.
const CHRISTMAS_11AM = '2026-12-25T10:00:00Z';
const CHRISTMAS_1PM = '2026-12-25T12:00:00Z';

type Properties = { open_now: boolean; next_change: string | null; opening_hours: string; holidays_as_usual?: boolean };

async function features(host: string, at: string): Promise<Map<string, Properties>> {
  const body = await (await request(host, `/api/v1/listings?bbox=5,43,6,44&at=${at}`)).json<{ features: Array<{ id: string; properties: Properties }> }>();
  return new Map(body.features.map((f) => [f.id, f.properties]));
}

setUpConsoleTests([[1, 'admin@a.fr', 'admin']]);

beforeAll(async () => {
  await insertTenants({ tenant: TENANT });
  await insertListings([sayingNothing, asUsual, special, libraryOnly]);
  await env.DB.prepare('UPDATE listings SET holidays_as_usual = 1 WHERE id = ?1').bind(asUsual.id).run();
});

describe('what each business does on public holidays', () => {
  it("follows the business's own word, and the tenant's policy only for a business that says nothing", async () => {
    const at11 = await features(HOST, CHRISTMAS_11AM);
    expect(at11.get(sayingNothing.id)).toMatchObject({ open_now: false, opening_hours: `${hours}; PH off` });
    expect(at11.get(asUsual.id)).toMatchObject({ open_now: true, opening_hours: hours, holidays_as_usual: true, next_change: '2026-12-25T18:00:00.000Z' });
    expect(at11.get(special.id)).toMatchObject({ open_now: true, opening_hours: `${hours}; PH 10:00-12:00`, next_change: '2026-12-25T11:00:00.000Z' });
    expect(at11.get(sayingNothing.id)?.holidays_as_usual).toBeUndefined();
    const at13 = await features(HOST, CHRISTMAS_1PM);
    expect([at13.get(sayingNothing.id)?.open_now, at13.get(asUsual.id)?.open_now, at13.get(special.id)?.open_now]).toEqual([false, true, false]);
  });

  it("gives the card the business's word, and the open-data export the hours evaluated", async () => {
    const card = await (await request(HOST, `/api/v1/listings/${asUsual.id}`)).json<{ openingHours: string; holidaysAsUsual?: boolean }>();
    expect(card).toMatchObject({ openingHours: hours, holidaysAsUsual: true });
    const plain = await (await request(HOST, `/api/v1/listings/${sayingNothing.id}`)).json<{ openingHours: string; holidaysAsUsual?: boolean }>();
    expect(plain.openingHours).toBe(`${hours}; PH off`);
    expect(plain.holidaysAsUsual).toBeUndefined();
    const csv = await (await request(HOST, '/api/v1/open-data/listings.csv')).text();
    const line = (name: string) => csv.split('\r\n').find((row) => row.includes(name)) ?? '';
    expect(line('Comme d’habitude')).toContain(hours);
    expect(line('Comme d’habitude')).not.toContain('PH');
    expect(line('Sans avis')).toContain(`${hours}; PH off`);
  });

  it('publishes the holiday policy in hours only the library reads, as their status applies it, in the API and the exports', async () => {
    const at11 = await features(HOST, CHRISTMAS_11AM);
    expect(at11.get(libraryOnly.id)).toMatchObject({ open_now: false, opening_hours: `${libraryHours}; PH off`, next_change: '2026-12-26T08:00:00.000Z' });
    const card = await (await request(HOST, `/api/v1/listings/${libraryOnly.id}`)).json<{ openingHours: string }>();
    expect(card.openingHours).toBe(`${libraryHours}; PH off`);
    const csv = await (await request(HOST, '/api/v1/open-data/listings.csv')).text();
    expect(csv.split('\r\n').find((row) => row.includes('Hors modèle'))).toContain(`${libraryHours}; PH off`);
    const geojson = await (await request(HOST, '/api/v1/open-data/listings.geojson')).json<{ features: Array<{ id?: string; properties: Record<string, unknown> }> }>();
    expect(JSON.stringify(geojson.features.find((f) => JSON.stringify(f).includes('Hors modèle')))).toContain(`${libraryHours}; PH off`);
  });
});

function row(n: number, publicHolidays: string): RawImportRow {
  return {
    name: `Férié ${n}`, category: 'bakery', address: `${n} rue de Rome`, postcode: '13001', commune: 'Marseille',
    communeInsee: '13055', lat: '43.29', lng: '5.37', openingHours: 'Mo-Sa 08:00-19:00', publicHolidays,
  };
}

describe('the public holidays column of a CSV import', () => {
  it('reads closed, usual or special hours, in French or English, and refuses anything else with a message', async () => {
    const admin = await signIn(1, 'admin@a.fr');
    const { importId } = await (await consoleRequest(admin, '/imports', { method: 'POST' })).json<{ importId: string }>();
    const rows = [row(1, 'Fermé'), row(2, 'habituel'), row(3, '09:00-12:00'), row(4, ''), row(5, 'parfois')];
    expect((await consoleRequest(admin, `/imports/${importId}/rows`, { method: 'POST', body: { firstLine: 2, rows } })).status).toBe(200);
    const report = await (await consoleRequest(admin, `/imports/${importId}`)).json<ImportReport>();
    expect(report.errors).toEqual([{ line: 6, fields: { publicHolidays: [expect.stringMatching(/jours fériés|public holiday/i)] } }]);
    const { importId: good } = await (await consoleRequest(admin, '/imports', { method: 'POST' })).json<{ importId: string }>();
    await consoleRequest(admin, `/imports/${good}/rows`, { method: 'POST', body: { firstLine: 2, rows: rows.slice(0, 4) } });
    expect(await (await consoleRequest(admin, `/imports/${good}/commit`, { method: 'POST' })).json()).toEqual({ imported: 4 });
    const stored = await env.DB.prepare("SELECT name, opening_hours, holidays_as_usual FROM listings WHERE tenant_id = 1 AND name LIKE 'Férié %' ORDER BY name").all();
    expect(stored.results).toEqual([
      { name: 'Férié 1', opening_hours: 'Mo-Sa 08:00-19:00; PH off', holidays_as_usual: 0 },
      { name: 'Férié 2', opening_hours: 'Mo-Sa 08:00-19:00', holidays_as_usual: 1 },
      { name: 'Férié 3', opening_hours: 'Mo-Sa 08:00-19:00; PH 09:00-12:00', holidays_as_usual: 0 },
      { name: 'Férié 4', opening_hours: 'Mo-Sa 08:00-19:00', holidays_as_usual: 0 },
    ]);
    const map = await features(hostOf(1), CHRISTMAS_11AM);
    const open = [...map.values()].filter((p) => p.opening_hours.startsWith('Mo-Sa 08:00-19:00')).map((p) => p.open_now);
    expect(open.sort()).toEqual([false, false, true, true]);
  });
});
