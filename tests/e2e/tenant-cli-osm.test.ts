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
/** The same area as OSM XML, as the API or JOSM write it: the bakery again, a new shop drawn as a way, the bank, and a relation. */
const xmlFile = join(stateDir, 'export.osm');
writeFileSync(
  xmlFile,
  `<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="JOSM">
  <node id="1" lat="47.6559" lon="-2.7603"><tag k="shop" v="bakery"/><tag k="name" v="Boulangerie du Port"/></node>
  <node id="10" lat="47.6580" lon="-2.7650"/>
  <node id="11" lat="47.6582" lon="-2.7650"/>
  <node id="12" lat="47.6582" lon="-2.7646"/>
  <way id="20"><nd ref="10"/><nd ref="11"/><nd ref="12"/><nd ref="10"/><tag k="shop" v="butcher"/><tag k="name" v="Boucherie &amp; Fils"/><tag k="opening_hours" v="Di-Sa 08:00-12:00"/><tag k="addr:city" v="Vannes"/></way>
  <node id="3" lat="47.6570" lon="-2.7620"><tag k="amenity" v="bank"/><tag k="name" v="Banque"/></node>
  <relation id="30"><member type="way" ref="20" role="outer"/><tag k="shop" v="convenience"/><tag k="name" v="Galerie"/></relation>
</osm>`,
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

  it('adds the new elements of an OSM XML export to the CCI, with the tag table its staff edited in the console, and leaves the ones it has', () => {
    const local = { remote: false, persistTo: stateDir };
    runD1(local, `INSERT INTO tenant_osm_categories (tenant_id, tag, category) SELECT id, 'amenity=bank', 'services' FROM tenants WHERE slug = 'cci-vannes'`);
    const importOsm = (...extra: string[]) => tenantCli('import-osm', '--slug', 'cci-vannes', '--osm', xmlFile, '--confirm-hours', ...extra);
    const proposed = importOsm('--take-proposals');
    assert.equal(proposed.status, 0, proposed.err);
    assert.match(proposed.out, /2 listings to import/);
    assert.match(proposed.out, /already imported node\/1 Boulangerie du Port: left to the console's re-import/);
    assert.match(proposed.out, /line 2 hours ambiguous: "Di-Sa 08:00-12:00" → "Su-Sa 08:00-12:00"/);
    assert.match(proposed.out, /left out relation\/30 Galerie: no_position shop=convenience/);
    const rows = runD1<{ name: string; osm_id: string; category: string; opening_hours: string; commune: string; lat: number }>(
      local,
      `SELECT name, osm_id, category, opening_hours, commune, round(lat, 4) AS lat FROM listings WHERE osm_id IN ('way/20', 'node/3', 'node/1') ORDER BY osm_id`,
    );
    assert.deepEqual(rows, [
      { name: 'Boulangerie du Port', osm_id: 'node/1', category: 'bakery', opening_hours: 'Mo-Sa 07:00-19:30', commune: 'Vannes', lat: 47.6559 },
      { name: 'Banque', osm_id: 'node/3', category: 'services', opening_hours: '', commune: 'Vannes', lat: 47.657 },
      { name: 'Boucherie & Fils', osm_id: 'way/20', category: 'butcher', opening_hours: 'Su-Sa 08:00-12:00', commune: 'Vannes', lat: 47.6581 },
    ]);
    assert.equal(tenantCli('import-osm', '--slug', 'cci-nowhere', '--osm', xmlFile).status, 1);
  });
});
