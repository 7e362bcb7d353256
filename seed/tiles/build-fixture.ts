/**
 * The local tile fixture: a small raster PMTiles archive drawn from data that ships in npm
 * packages, so `npm run dev` and the tests show a real background with no network. Land, sea
 * and borders from Natural Earth (public domain, `world-atlas`), commune names from Etalab
 * (Licence Ouverte) placed at their GeoNames coordinates (CC-BY 4.0, `web/public/communes/`).
 * Built once per version of this code and of its inputs, then reused from node_modules/.cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, Geometry } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import { TileType } from 'pmtiles';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COMMUNES_DIR, etalabCommunes } from '../communes.ts';
import { fixtureCoverage, FIXTURE_MAX_ZOOM } from './fixture-plan.ts';
import { placeLabels, type Place, type PlacedLabel } from './labels.ts';
import { writePmtiles, type ArchiveTile } from './pmtiles-writer.ts';
import { renderTile } from './render-tile.ts';
import { tilesCovering } from './web-mercator.ts';

export const FIXTURE_ATTRIBUTION = 'Fond de démonstration : Natural Earth, Etalab (Licence Ouverte), GeoNames (CC-BY 4.0)';
const FRANCE_ID = '250';
const CACHE_DIR = new URL('../../node_modules/.cache/vitrine-tiles/', import.meta.url);

const require = createRequire(import.meta.url);

function shapes(): GeoJSONVT {
  const countries = require('world-atlas/countries-10m.json') as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const land = feature(countries, countries.objects.land);
  const france = feature(countries, { type: 'GeometryCollection', geometries: countries.objects.countries.geometries.filter((g) => g.id === FRANCE_ID) });
  const collection: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: [
      ...land.features.map((f) => ({ ...f, properties: { kind: 'land' } })),
      ...france.features.map((f) => ({ ...f, properties: { kind: 'france' } })),
      { type: 'Feature', properties: { kind: 'border' }, geometry: mesh(countries, countries.objects.countries, (a, b) => a !== b) },
    ],
  };
  return new GeoJSONVT(collection, { maxZoom: FIXTURE_MAX_ZOOM, indexMaxZoom: 4, buffer: 64, tolerance: 2 });
}

function places(): Place[] {
  const population = new Map(etalabCommunes().map((c) => [c.code, c.population ?? 0]));
  return readdirSync(COMMUNES_DIR)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => JSON.parse(readFileSync(new URL(file, COMMUNES_DIR), 'utf8')) as Array<{ insee: string; name: string; lat: number; lng: number }>)
    .map((c) => ({ name: c.name, lat: c.lat, lng: c.lng, population: population.get(c.insee) ?? 0 }));
}

export async function buildTileFixture(): Promise<Uint8Array> {
  const sliced = shapes();
  const communes = places();
  const tiles: ArchiveTile[] = [];
  const labelsByZoom = new Map<string, PlacedLabel[]>();
  for (const level of fixtureCoverage()) {
    for (let z = level.minZoom; z <= level.maxZoom; z++) {
      const key = `${z}:${JSON.stringify(level.box)}`;
      const labels = labelsByZoom.get(key) ?? placeLabels(communes, z, level.box);
      labelsByZoom.set(key, labels);
      const wanted = tilesCovering(level.box, z);
      for (let i = 0; i < wanted.length; i += 8) {
        const batch = wanted.slice(i, i + 8);
        tiles.push(...(await Promise.all(batch.map(async (t) => ({ ...t, data: await renderTile(sliced, labels, t.z, t.x, t.y) })))));
      }
    }
  }
  // Territories may overlap each other's margins: keep one tile per address.
  const unique = [...new Map(tiles.map((t) => [`${t.z}/${t.x}/${t.y}`, t])).values()];
  return writePmtiles(unique, {
    tileType: TileType.Png,
    bounds: [-180, -85, 180, 85],
    centre: { lng: 2.5, lat: 46.6, zoom: 5 },
    metadata: { name: 'Vitrine local fixture', attribution: FIXTURE_ATTRIBUTION, description: 'Local development and test basemap' },
  });
}

/** What the archive depends on: this code, the coverage plan and the packages drawn from. */
function fixtureVersion(): string {
  const hash = createHash('sha256');
  for (const file of ['build-fixture.ts', 'fixture-plan.ts', 'labels.ts', 'pmtiles-writer.ts', 'render-tile.ts', 'web-mercator.ts']) {
    hash.update(readFileSync(new URL(file, import.meta.url)));
  }
  hash.update(JSON.stringify(fixtureCoverage()));
  for (const pkg of ['world-atlas', 'geojson-vt', 'sharp']) hash.update(readFileSync(new URL(`../../node_modules/${pkg}/package.json`, import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

/** The fixture's path, built first when this version has not been built yet. */
export async function tileFixturePath(): Promise<string> {
  const path = new URL(`fixture-${fixtureVersion()}.pmtiles`, CACHE_DIR);
  if (!existsSync(path)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temporary = new URL(`${path.pathname}.${process.pid}.tmp`, 'file://');
    writeFileSync(temporary, await buildTileFixture());
    // Parallel test servers may build at once: the rename makes the file appear whole or not at all.
    renameSync(temporary, path);
  }
  return path.pathname;
}
