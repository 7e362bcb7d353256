import Papa from 'papaparse';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildListing, type Commune } from '#seed/factories.ts';
import { createRandom } from '#seed/random.ts';
import { TENANT_A, TENANT_B, insertListings, insertTenants, request } from './support.ts';

const aubagne: Commune = { insee: '13005', name: 'Aubagne', postcode: '13400', lat: 43.2927, lng: 5.5708, population: 47000 };
const random = createRandom(11);
const now = new Date('2026-11-20T10:00:00Z');
const listingsA = Array.from({ length: 1203 }, () => buildListing(random, TENANT_A.id, aubagne, now));
const formula = buildListing(random, TENANT_A.id, aubagne, now, { name: '=HYPERLINK("http://evil.example","Cliquez")', address: '+33 rue du Piège' });
const hidden = buildListing(random, TENANT_A.id, aubagne, now, { name: 'Pending review' });
const other = buildListing(random, TENANT_B.id, aubagne, now, { name: 'Of tenant B' });

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_A }, { tenant: TENANT_B });
  await insertListings([...listingsA, formula, hidden, other]);
  await env.DB.prepare('UPDATE listings SET published = 0 WHERE id = ?1').bind(hidden.id).run();
});

async function csvRows(): Promise<Array<Record<string, string>>> {
  const response = await request('tenant-a.localhost', '/api/v1/open-data/listings.csv');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/csv');
  expect(response.headers.get('link')).toContain('rel="license"');
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), { header: true, skipEmptyLines: true }).data;
}

describe('open data export', () => {
  it('separates cells with semicolons for a French Excel, keeps the BOM, and gives status_until', async () => {
    const response = await request('tenant-a.localhost', '/api/v1/open-data/listings.csv?delimiter=semicolon');
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const header = text.slice(0, text.indexOf('\r\n'));
    expect(header.split(';').slice(0, 5)).toEqual(['id', 'name', 'category', 'status', 'status_until']);
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, delimiter: ';' }).data;
    expect(rows).toHaveLength(listingsA.length + 1);
    expect(rows.every((row) => 'status_until' in row)).toBe(true);
    const bad = await request('tenant-a.localhost', '/api/v1/open-data/listings.csv?delimiter=tab');
    expect(bad.status).toBe(400);
  });

  it("exports every published listing of the tenant as CSV, across pages, with opening_hours in OSM syntax", async () => {
    const rows = await csvRows();
    expect(rows).toHaveLength(listingsA.length + 1);
    const sample = listingsA[700]!;
    const row = rows.find((r) => r.id === sample.id);
    // The tenant closes on public holidays: the export says so in the string OSM tools read.
    const published = /\bPH\b/.test(sample.opening_hours) ? sample.opening_hours : `${sample.opening_hours}; PH off`;
    expect(row).toMatchObject({ name: sample.name, opening_hours: published, commune_insee: '13005', lat: String(sample.lat) });
  });

  it('leaves out unpublished listings, other tenants, e-mail addresses and SIRETs', async () => {
    const rows = await csvRows();
    expect(rows.some((r) => r.name === 'Pending review' || r.name === 'Of tenant B')).toBe(false);
    expect(Object.keys(rows[0]!)).not.toContain('email');
    expect(Object.keys(rows[0]!)).not.toContain('siret');
  });

  it('neutralises spreadsheet formulas in cells', async () => {
    const row = (await csvRows()).find((r) => r.id === formula.id);
    expect(row?.name).toBe(`'=HYPERLINK("http://evil.example","Cliquez")`);
    expect(row?.address).toBe(`'+33 rue du Piège`);
  });

  it('exports the same listings as GeoJSON with the licence', async () => {
    const response = await request('tenant-a.localhost', '/api/v1/open-data/listings.geojson');
    const body = await response.json<{ type: string; licence: { name: string }; features: Array<{ id: string; properties: Record<string, unknown> }> }>();
    expect(body.type).toBe('FeatureCollection');
    expect(body.licence.name).toContain('Licence Ouverte');
    expect(body.features).toHaveLength(listingsA.length + 1);
    expect(body.features[0]!.properties).not.toHaveProperty('email');
  });
});
