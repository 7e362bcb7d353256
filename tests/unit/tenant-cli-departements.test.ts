import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runD1 } from '../../scripts/d1.ts';
import { tenantCliIn } from '../support/tenant-cli.ts';

const stateDir = mkdtempSync(join(tmpdir(), 'vitrine-departements-'));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

const tenantCli = tenantCliIn(stateDir);
const query = <Row>(sql: string) => runD1<Row>({ remote: false, persistTo: stateDir }, sql);

describe('npm run tenant -- create --departements', { timeout: 180_000 }, () => {
  it("makes every commune of the départements the tenant's territory, and its map's bounds around them", () => {
    const created = tenantCli('create', '--slug', 'cci-corse', '--name', 'CCI de Corse', '--domain', 'vitrine.cci-corse.fr', '--admin', 'dsi@cci-corse.fr', '--departements', '2a, 2B');
    expect(created.status, created.err).toBe(0);
    expect(created.out).toMatch(/territory: +360 communes of 2A, 2B/);
    const [territory] = query<{ n: number; first: string; last: string; ajaccio: number }>(
      `SELECT count(*) AS n, min(insee) AS first, max(insee) AS last, sum(insee = '2A004') AS ajaccio FROM tenant_communes c JOIN tenants t ON t.id = c.tenant_id WHERE t.slug = 'cci-corse'`,
    );
    expect(territory).toEqual({ n: 360, first: '2A001', last: '2B366', ajaccio: 1 });
    const [map] = query<{ west: number; south: number; east: number; north: number; lat: number; lng: number; zoom: number }>(
      `SELECT bounds_west AS west, bounds_south AS south, bounds_east AS east, bounds_north AS north, centre_lat AS lat, centre_lng AS lng, default_zoom AS zoom FROM tenants WHERE slug = 'cci-corse'`,
    );
    // Corsica lies between 41.3° and 43.1° N, 8.5° and 9.6° E.
    expect(map!.west).toBeGreaterThan(8.3);
    expect(map!.east).toBeLessThan(9.7);
    expect(map!.south).toBeGreaterThan(41.2);
    expect(map!.north).toBeLessThan(43.1);
    expect(map).toMatchObject({ lat: (map!.south + map!.north) / 2, lng: (map!.west + map!.east) / 2, zoom: 9 });
  });

  it('refuses a code that is no département, changing nothing', () => {
    const refused = tenantCli('create', '--slug', 'cci-x', '--name', 'CCI X', '--domain', 'vitrine.cci-x.fr', '--admin', 'x@cci-x.fr', '--departements', '13,20');
    expect(refused.status).toBe(1);
    expect(refused.err).toMatch(/^--departements: departements: codes such as 13,84/m);
    expect(query<{ n: number }>(`SELECT count(*) AS n FROM tenants WHERE slug = 'cci-x'`)).toEqual([{ n: 0 }]);
  });

  it('creates a tenant without a territory when none is given', () => {
    expect(tenantCli('create', '--slug', 'cci-vide', '--name', 'CCI Vide', '--domain', 'vitrine.cci-vide.fr', '--admin', 'x@cci-vide.fr').status).toBe(0);
    expect(query<{ n: number }>(`SELECT count(*) AS n FROM tenant_communes c JOIN tenants t ON t.id = c.tenant_id WHERE t.slug = 'cci-vide'`)).toEqual([{ n: 0 }]);
  });
});
