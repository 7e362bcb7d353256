import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runD1 } from '../../scripts/d1.ts';
import { tenantCliIn } from '../support/tenant-cli.ts';

const stateDir = mkdtempSync(join(tmpdir(), 'vitrine-cli-osm-'));
after(() => rmSync(stateDir, { recursive: true, force: true }));
const tenantCli = tenantCliIn(stateDir);

const point = (id: string, lng: number, lat: number, tags: Record<string, string>) => ({ type: 'Feature', id, properties: { '@id': id, ...tags }, geometry: { type: 'Point', coordinates: [lng, lat] } });
const exportFile = join(stateDir, 'export.geojson');
writeFileSync(
  exportFile,
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      point('node/1', -2.7603, 47.6559, { shop: 'bakery', name: 'Boulangerie du Port', opening_hours: 'Mo-Sa 07:00-19:30', 'addr:city': 'Vannes', 'addr:postcode': '56000', 'addr:street': 'Rue du Port', 'addr:housenumber': '1' }),
      point('node/2', -2.7611, 47.6562, { shop: 'greengrocer', name: 'Primeur Saint-Patern', opening_hours: 'Mon-Sat 7AM-8PM', takeaway: 'yes' }),
      point('node/3', -2.7620, 47.6570, { amenity: 'bank', name: 'Banque' }),
    ],
  }),
);
const create = (...extra: string[]) =>
  tenantCli('create', '--slug', 'cci-vannes', '--name', 'CCI Vannes', '--domain', 'vitrine.cci-vannes.fr', '--admin', 'dsi@cci-vannes.fr', '--departements', '56', '--osm', exportFile, ...extra);

describe('npm run tenant -- create --osm', () => {
  it('prints the dry run and creates nothing while the normalised hours are not confirmed', () => {
    const refused = create();
    assert.equal(refused.status, 1);
    assert.match(refused.out, /2 listings to import/);
    assert.match(refused.out, /line 2 hours normalised: "Mon-Sat 7AM-8PM" → "Mo-Sa 07:00-20:00"/);
    assert.match(refused.out, /left out node\/3 Banque: no_category amenity=bank/);
    assert.match(refused.err, /--confirm-hours/);
    assert.doesNotMatch(tenantCli('list').out, /cci-vannes/);
  });

  it('creates the CCI with its listings from OpenStreetMap, marked with their element and not claimed', () => {
    const created = create('--confirm-hours');
    assert.equal(created.status, 0, created.err);
    assert.match(created.out, /imported: {5}2 listings from OpenStreetMap/);
    const rows = runD1<{ name: string; osm_id: string; opening_hours: string; commune: string; services: string; osm_claimed_at: string | null }>(
      { remote: false, persistTo: stateDir },
      `SELECT name, osm_id, opening_hours, commune, services, osm_claimed_at FROM listings ORDER BY osm_id`,
    );
    assert.deepEqual(rows, [
      { name: 'Boulangerie du Port', osm_id: 'node/1', opening_hours: 'Mo-Sa 07:00-19:30', commune: 'Vannes', services: '[]', osm_claimed_at: null },
      { name: 'Primeur Saint-Patern', osm_id: 'node/2', opening_hours: 'Mo-Sa 07:00-20:00', commune: 'Vannes', services: '["takeaway"]', osm_claimed_at: null },
    ]);
  });
});
