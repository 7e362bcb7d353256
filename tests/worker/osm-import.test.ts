import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OsmImportReport, OsmImportResult } from '#schema/console/import.ts';
import type { PublicListing } from '#schema/listing.ts';
import type { OsmCategories } from '#schema/osm/categories.ts';
import type { OsmImportRow } from '#schema/osm/features.ts';
import { request } from './support.ts';
import { addListings, consoleRequest, hostOf, latestMailTo, type Session, setUpConsoleTests, signIn, tokenIn } from './console-support.ts';

let admin: Session;

setUpConsoleTests([[1, 'admin@a.fr', 'admin'], [2, 'admin@b.fr', 'admin']]);

beforeEach(async () => {
  admin = await signIn(1, 'admin@a.fr');
});

function osmRow(n: number, openingHours: string, overrides: Partial<OsmImportRow['row']> = {}): OsmImportRow {
  return {
    osmId: `node/${1000 + n}`,
    checkDate: '2026-09-01',
    row: {
      name: `Commerce OSM ${n}`, category: 'bakery', address: `${n} rue de Rome`, postcode: '13001', commune: 'Marseille', communeInsee: '13055',
      lat: String(43.29 + n / 10_000), lng: '5.37', openingHours, services: 'takeaway', phone: '', email: `osm${n}@example.fr`, website: '', ...overrides,
    },
  };
}

const MESSY = [
  osmRow(1, 'Mo-Sa 08:00-19:00'),
  osmRow(2, 'Mon-Sat 7AM-8PM'),
  osmRow(3, '"sur rendez-vous"'),
  osmRow(4, '9-5'),
  osmRow(5, 'fermé le lundi!!'),
  osmRow(6, 'Apr-Sep Mo-Su 10:00-19:00; Oct-Mar off'),
];

async function stage(session: Session, rows: OsmImportRow[]): Promise<string> {
  const { importId } = await (await consoleRequest(session, '/imports', { method: 'POST' })).json<{ importId: string }>();
  const response = await consoleRequest(session, `/imports/${importId}/osm-rows`, { method: 'POST', body: { firstLine: 1, rows } });
  expect(response.status).toBe(200);
  return importId;
}

async function importAll(rows: OsmImportRow[]): Promise<{ report: OsmImportReport; result: OsmImportResult }> {
  const importId = await stage(admin, rows);
  const report = await (await consoleRequest(admin, `/imports/${importId}/osm`)).json<OsmImportReport>();
  const response = await consoleRequest(admin, `/imports/${importId}/osm-commit?hoursConfirmed=1`, { method: 'POST' });
  expect(response.status).toBe(200);
  return { report, result: await response.json<OsmImportResult>() };
}

const listingOf = (osmId: string) =>
  env.DB.prepare('SELECT id, name, opening_hours, osm_claimed_at, last_confirmed_at FROM listings WHERE tenant_id = 1 AND osm_id = ?1')
    .bind(osmId)
    .first<{ id: string; name: string; opening_hours: string; osm_claimed_at: string | null; last_confirmed_at: string }>();

async function claim(listingId: string, email: string): Promise<void> {
  const host = hostOf(1);
  const headers = { origin: `http://${host}`, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.9' };
  expect((await request(host, '/api/v1/registrations/claim', { method: 'POST', headers, body: JSON.stringify({ listingId }) })).status).toBe(202);
  const token = tokenIn(await latestMailTo(email));
  expect((await request(host, '/api/v1/self-service/session', { method: 'POST', headers, body: JSON.stringify({ token }) })).status).toBe(200);
}

describe('OpenStreetMap import', () => {
  it('shows in the dry run the hours it normalised beside the original, and the ones it keeps as text with the reason', async () => {
    const importId = await stage(admin, MESSY);
    const report = await (await consoleRequest(admin, `/imports/${importId}/osm`)).json<OsmImportReport>();
    expect(report).toMatchObject({ total: 6, valid: 6, errors: [] });
    expect(report.hours.map(({ line, kind, original, normalised }) => ({ line, kind, original, normalised }))).toEqual([
      { line: 2, kind: 'normalised', original: 'Mon-Sat 7AM-8PM', normalised: 'Mo-Sa 07:00-20:00' },
      { line: 3, kind: 'comment', original: '"sur rendez-vous"', normalised: null },
      { line: 4, kind: 'ambiguous', original: '9-5', normalised: '09:00-05:00' },
      { line: 5, kind: 'unreadable', original: 'fermé le lundi!!', normalised: null },
    ]);
    expect(report.hours[2]!.reason).toMatch(/^Ambiguous: “9, 9-5”\. OpenStreetMap’s reading is proposed here, taken only if you choose it/);
    expect(report.changes.every((change) => change.change === 'new')).toBe(true);
    expect(await listingOf('node/1001')).toBeNull();
  });

  it('writes nothing until the CCI has confirmed the rewritten hours', async () => {
    const importId = await stage(admin, MESSY);
    const refused = await consoleRequest(admin, `/imports/${importId}/osm-commit`, { method: 'POST' });
    expect(refused.status).toBe(422);
    expect((await refused.json<{ error: { code: string } }>()).error.code).toBe('hours_unconfirmed');
    expect(await listingOf('node/1001')).toBeNull();
  });

  it('publishes the listings marked as from OSM and not claimed, with normalised hours and the verbatim ones kept', async () => {
    const { result } = await importAll(MESSY);
    expect(result).toEqual({ imported: 6, updated: 0, unchanged: 0, claimed: 0, disappeared: 0, removed: 0 });
    expect((await listingOf('node/1002'))?.opening_hours).toBe('Mo-Sa 07:00-20:00');
    expect((await listingOf('node/1005'))?.opening_hours).toBe('fermé le lundi!!');
    expect((await listingOf('node/1001'))?.last_confirmed_at).toBe('2026-09-01T12:00:00.000Z');
    const listing = await (await request(hostOf(1), `/api/v1/listings/${(await listingOf('node/1003'))!.id}`)).json<PublicListing>();
    expect(listing.osm).toEqual({ id: 'node/1003', claimed: false });
    expect(listing.openingHours).toBe('"sur rendez-vous"');
  });

  it('re-imports: refreshes unclaimed listings, leaves a claimed one untouched, and reports what changed', async () => {
    await importAll(MESSY);
    const claimed = (await listingOf('node/1001'))!;
    await claim(claimed.id, 'osm1@example.fr');
    expect((await listingOf('node/1001'))?.osm_claimed_at).not.toBeNull();

    const again = [osmRow(1, 'Mo-Fr 10:00-12:00', { name: 'Renamed in OSM' }), osmRow(2, 'Mo-Sa 07:00-21:00'), ...MESSY.slice(2), osmRow(7, 'Mo-Fr 09:00-18:00')];
    const { report, result } = await importAll(again);
    expect(report.changes.map(({ line, change, fields }) => ({ line, change, fields }))).toEqual([
      { line: 1, change: 'claimed', fields: [] },
      { line: 2, change: 'updated', fields: ['openingHours'] },
      { line: 3, change: 'unchanged', fields: [] },
      { line: 4, change: 'unchanged', fields: [] },
      { line: 5, change: 'unchanged', fields: [] },
      { line: 6, change: 'unchanged', fields: [] },
      { line: 7, change: 'new', fields: [] },
    ]);
    expect(result).toEqual({ imported: 1, updated: 1, unchanged: 4, claimed: 1, disappeared: 0, removed: 0 });
    expect(await listingOf('node/1001')).toMatchObject({ name: claimed.name, opening_hours: claimed.opening_hours });
    expect((await listingOf('node/1002'))?.opening_hours).toBe('Mo-Sa 07:00-21:00');
    const public1 = await (await request(hostOf(1), `/api/v1/listings/${claimed.id}`)).json<PublicListing>();
    expect(public1.osm).toEqual({ id: 'node/1001', claimed: true });
  });

  it('re-imports: lists the listings gone from OSM, takes the unclaimed ones off the map only when asked, never a claimed one', async () => {
    // Elements of their own: earlier tests of this file left other OSM listings, which this export does not hold either.
    const rows = [osmRow(101, 'Mo-Sa 08:00-19:00'), osmRow(102, 'Mo-Fr 09:00-18:00'), osmRow(103, 'Tu-Sa 10:00-19:00'), osmRow(104, 'Mo-Su 07:00-13:00')];
    await importAll(rows);
    const claimed = (await listingOf('node/1101'))!;
    await claim(claimed.id, 'osm101@example.fr');
    const without = rows.slice(3);
    const ours = (report: OsmImportReport) => report.disappeared.filter(({ osmId }) => rows.some((row) => row.osmId === osmId)).map(({ osmId, claimed }) => ({ osmId, claimed }));
    const kept = await importAll(without);
    expect(ours(kept.report)).toEqual([
      { osmId: 'node/1101', claimed: true },
      { osmId: 'node/1102', claimed: false },
      { osmId: 'node/1103', claimed: false },
    ]);
    expect(kept.report.changes.map(({ change }) => change)).toEqual(['unchanged']);
    expect(kept.result).toMatchObject({ disappeared: kept.report.disappeared.length, removed: 0 });
    const published = async (osmId: string) => (await env.DB.prepare('SELECT published FROM listings WHERE tenant_id = 1 AND osm_id = ?1').bind(osmId).first<{ published: number }>())?.published;
    expect(await published('node/1102')).toBe(1);

    const importId = await stage(admin, without);
    const before = await (await consoleRequest(admin, `/imports/${importId}/osm`)).json<OsmImportReport>();
    const response = await consoleRequest(admin, `/imports/${importId}/osm-commit?hoursConfirmed=1&removeDisappeared=1`, { method: 'POST' });
    expect(response.status).toBe(200);
    const unclaimed = before.disappeared.filter((listing) => !listing.claimed);
    expect(unclaimed.length).toBeGreaterThanOrEqual(2);
    expect(await response.json<OsmImportResult>()).toMatchObject({ disappeared: before.disappeared.length, removed: unclaimed.length });
    expect([await published('node/1101'), await published('node/1102'), await published('node/1103'), await published('node/1104')]).toEqual([1, 0, 0, 1]);
    expect(await listingOf('node/1101')).toMatchObject({ name: claimed.name, opening_hours: claimed.opening_hours });
    const again = await (await consoleRequest(admin, `/imports/${await stage(admin, without)}/osm`)).json<OsmImportReport>();
    expect(ours(again)).toEqual([{ osmId: 'node/1101', claimed: true }]);
    expect(again.disappeared.every((listing) => listing.claimed)).toBe(true);

    // The element is mapped again: the listing comes back on the map, refreshed.
    const back = await importAll([osmRow(102, 'Mo-Fr 08:00-18:00'), ...without]);
    expect(back.report.changes.map(({ change, fields }) => ({ change, fields }))).toEqual([{ change: 'returned', fields: ['openingHours'] }, { change: 'unchanged', fields: [] }]);
    expect(back.result).toMatchObject({ imported: 0, updated: 1, unchanged: 1 });
    expect(await published('node/1102')).toBe(1);
    expect((await listingOf('node/1102'))?.opening_hours).toBe('Mo-Fr 08:00-18:00');
  });

  it('answers 404 for the listings gone from OSM of an import of another tenant, and takes none of theirs off the map', async () => {
    await importAll([osmRow(201, 'Mo-Sa 08:00-19:00')]);
    const other = await signIn(2, 'admin@b.fr');
    const importId = await stage(other, [osmRow(202, 'Mo-Sa 08:00-19:00', { commune: 'Vannes', communeInsee: '56260', postcode: '56000', lat: '47.65', lng: '-2.76' })]);
    const theirs = await (await consoleRequest(other, `/imports/${importId}/osm`)).json<OsmImportReport>();
    expect(theirs.disappeared.map(({ osmId }) => osmId)).not.toContain('node/1201');
    expect((await consoleRequest(admin, `/imports/${importId}/osm`)).status).toBe(404);
    expect((await consoleRequest(other, `/imports/${importId}/osm-commit?hoursConfirmed=1&removeDisappeared=1`, { method: 'POST' })).status).toBe(200);
    expect((await env.DB.prepare('SELECT published FROM listings WHERE tenant_id = 1 AND osm_id = ?1').bind('node/1201').first<{ published: number }>())?.published).toBe(1);
  });

  it('exports OSM-derived listings apart, under the ODbL, and the declared ones under the Licence Ouverte', async () => {
    const [declared] = await addListings(1, 1);
    await importAll(MESSY.slice(0, 2));
    type Export = { licence: { name: string }; attribution: string; features: Array<{ id: string; properties: { osm_id?: string } }> };
    const business = await (await request(hostOf(1), '/api/v1/open-data/listings.geojson')).json<Export>();
    const osm = await (await request(hostOf(1), '/api/v1/open-data/openstreetmap/listings.geojson')).json<Export>();
    expect(business.licence.name).toMatch(/Licence Ouverte/);
    expect(business.features.map((feature) => feature.id)).toEqual([declared!.id]);
    expect(osm.licence.name).toMatch(/ODbL/);
    expect(osm.attribution).toMatch(/OpenStreetMap contributors/);
    // Earlier tests of this file imported more elements: every one is here, each with its OSM id, and no declared listing.
    const osmIds = osm.features.map((feature) => feature.properties.osm_id);
    expect(osmIds).toEqual(expect.arrayContaining(['node/1001', 'node/1002']));
    expect(osmIds.every((id) => id?.startsWith('node/'))).toBe(true);
    expect(osm.features.map((feature) => feature.id)).not.toContain(declared!.id);
    const csv = await request(hostOf(1), '/api/v1/open-data/openstreetmap/listings.csv');
    expect(csv.headers.get('link')).toContain('opendatacommons.org/licenses/odbl');
    expect(await csv.text()).toContain('node/1002');
  });

  it('keeps each tenant to its own listings of the same OSM element', async () => {
    await importAll(MESSY.slice(0, 1));
    const other = await signIn(2, 'admin@b.fr');
    const importId = await stage(other, MESSY.slice(0, 1).map((row) => ({ ...row, row: { ...row.row, commune: 'Vannes', communeInsee: '56260', postcode: '56000', lat: '47.65', lng: '-2.76' } })));
    const report = await (await consoleRequest(other, `/imports/${importId}/osm`)).json<OsmImportReport>();
    expect(report.changes[0]?.change).toBe('new');
  });

  it('keeps each tenant its own OSM tag → category table, on top of the defaults', async () => {
    const set = await consoleRequest(admin, '/imports/osm-categories', { method: 'PUT', body: { tag: 'amenity=bank', category: 'services' } });
    expect(set.status).toBe(200);
    expect((await set.json<OsmCategories>()).tenant).toEqual({ 'amenity=bank': 'services' });
    const other = await signIn(2, 'admin@b.fr');
    const theirs = await (await consoleRequest(other, '/imports/osm-categories')).json<OsmCategories>();
    expect(theirs.tenant).toEqual({});
    expect(theirs.defaults['shop=bakery']).toBe('bakery');
    const bad = await consoleRequest(admin, '/imports/osm-categories', { method: 'PUT', body: { tag: 'tourism=hotel', category: 'spaceship' } });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json<{ error: { fields: Record<string, string[]> } }>()).error.fields).sort()).toEqual(['category', 'tag']);
    await consoleRequest(admin, '/imports/osm-categories', { method: 'PUT', body: { tag: 'amenity=bank', category: null } });
    expect((await (await consoleRequest(admin, '/imports/osm-categories')).json<OsmCategories>()).tenant).toEqual({});
  });

  it('stores ambiguous hours as written unless the CCI takes the reading proposed for them, and keeps that reading on re-import', async () => {
    const rows = [osmRow(301, '9-5'), osmRow(302, 'Di-Sa 09:00-18:00')];
    const kept = await importAll(rows);
    expect(kept.report.hours.map(({ kind, normalised }) => ({ kind, normalised }))).toEqual([
      { kind: 'ambiguous', normalised: '09:00-05:00' },
      { kind: 'ambiguous', normalised: 'Su-Sa 09:00-18:00' },
    ]);
    expect((await listingOf('node/1301'))?.opening_hours).toBe('9-5');

    const importId = await stage(admin, rows);
    const taken = await consoleRequest(admin, `/imports/${importId}/osm-commit?hoursConfirmed=1&ambiguousConfirmed=1`, { method: 'POST' });
    expect(await taken.json<OsmImportResult>()).toMatchObject({ updated: 2 });
    expect((await listingOf('node/1301'))?.opening_hours).toBe('09:00-05:00');
    expect((await listingOf('node/1302'))?.opening_hours).toBe('Su-Sa 09:00-18:00');

    const again = await importAll(rows);
    expect(again.report.changes.map(({ change }) => change)).toEqual(['unchanged', 'unchanged']);
    expect((await listingOf('node/1301'))?.opening_hours).toBe('09:00-05:00');
  });
});
