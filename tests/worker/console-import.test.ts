import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport, RawImportRow } from '#schema/console/import.ts';
import { request } from './support.ts';
import { auditRows, consoleRequest, hostOf, type Session, setUpConsoleTests, signIn } from './console-support.ts';

let admin: Session;

setUpConsoleTests([[1, 'admin@a.fr', 'admin'], [2, 'admin@b.fr', 'admin']]);

beforeEach(async () => {
  admin = await signIn(1, 'admin@a.fr');
});

function row(n: number, overrides: RawImportRow = {}): RawImportRow {
  return {
    name: `Commerce importé ${n}`, category: 'bakery', address: `${n} rue de la République`, postcode: '13001', commune: 'Marseille',
    communeInsee: '13055', lat: String(43.29 + n / 10_000), lng: '5.37', openingHours: 'Mo-Sa 08:00-19:00', services: 'delivery;takeaway', ...overrides,
  };
}

async function stage(session: Session, rows: RawImportRow[], chunk = 2): Promise<string> {
  const { importId } = await (await consoleRequest(session, '/imports', { method: 'POST' })).json<{ importId: string }>();
  for (let i = 0; i < rows.length; i += chunk) {
    const response = await consoleRequest(session, `/imports/${importId}/rows`, { method: 'POST', body: { firstLine: i + 2, rows: rows.slice(i, i + chunk) } });
    expect(response.status).toBe(200);
  }
  return importId;
}

const countListings = async (tenantId: number) =>
  (await env.DB.prepare('SELECT count(*) AS n FROM listings WHERE tenant_id = ?1').bind(tenantId).first<{ n: number }>())!.n;

describe('console import', () => {
  it('reports every bad row with its line and reason in a dry run, writing no listing', async () => {
    const importId = await stage(admin, [row(1), row(2, { openingHours: 'tous les jours' }), row(3, { category: 'spaceship', postcode: '123' }), row(4, { lat: '', lng: '' })]);
    const report = await (await consoleRequest(admin, `/imports/${importId}`)).json<ImportReport>();
    expect(report).toMatchObject({ total: 4, valid: 1 });
    expect(report.errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(Object.keys(report.errors[1]!.fields).sort()).toEqual(['category', 'postcode']);
    expect(report.errors[0]!.fields.openingHours?.[0]).toMatch(/hours/i);
    expect(report.errors[2]!.fields.lat?.[0]).toMatch(/coordinates/);
    expect(await countListings(1)).toBe(0);
  });

  it('imports nothing when one row is bad', async () => {
    const importId = await stage(admin, [row(1), row(2), row(3, { email: 'not-an-email' })]);
    const response = await consoleRequest(admin, `/imports/${importId}/commit`, { method: 'POST' });
    expect(response.status).toBe(422);
    expect(await countListings(1)).toBe(0);
  });

  it('imports every row at once, published, on the public map and in the audit log', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => row(i + 1));
    const importId = await stage(admin, rows, 3);
    const response = await consoleRequest(admin, `/imports/${importId}/commit`, { method: 'POST' });
    expect(await response.json()).toEqual({ imported: 7 });
    expect(await countListings(1)).toBe(7);
    const map = await (await request(hostOf(1), '/api/v1/listings?bbox=5,43,6,44')).json<{ features: Array<{ properties: { name: string; opening_hours: string } }> }>();
    expect(map.features.map((f) => f.properties.name).sort()).toEqual(rows.map((r) => r.name).sort());
    // Published with the tenant's holiday policy written in, as it is evaluated.
    expect(map.features[0]!.properties.opening_hours).toBe('Mo-Sa 08:00-19:00; PH off');
    expect((await auditRows(1)).some((entry) => entry.action === 'import_listings' && JSON.parse(entry.after_json!).rows === 7)).toBe(true);
    expect((await consoleRequest(admin, `/imports/${importId}/commit`, { method: 'POST' })).status).toBe(404);
  });

  it("keeps one tenant's staged rows out of another's reach", async () => {
    const importId = await stage(admin, [row(1)]);
    const other = await signIn(2, 'admin@b.fr');
    expect((await consoleRequest(other, `/imports/${importId}`)).status).toBe(404);
    expect((await consoleRequest(other, `/imports/${importId}`, { method: 'DELETE' })).status).toBe(404);
    expect((await consoleRequest(admin, `/imports/${importId}`)).status).toBe(200);
    expect((await consoleRequest(other, `/imports/${importId}/commit`, { method: 'POST' })).status).toBe(404);
    expect(await countListings(2)).toBe(0);
  });
});
