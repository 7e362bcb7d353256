/**
 * Geosearch benchmark: our curve-key queries against a naive (lat, lng) index on 1,000,000
 * synthetic listings, through miniflare's local D1 so that rows read are D1's own counter.
 *
 *   npm run bench:geo            (BENCH_LISTINGS=200000 BENCH_QUERIES=100 for a quicker run)
 *
 * The database is seeded once into .wrangler/bench-state/<migrations hash>-<count> and reused.
 * Times are measured around each call from Node, so they include miniflare's IPC: they compare
 * schemes with each other, not with production.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { Miniflare } from 'miniflare';
import type { Bbox } from '#schema/bbox.ts';
import type { Category } from '#schema/categories.ts';
import { boxAround, distanceMetres } from '#schema/geo/distance.ts';
import { tileBox, tilesCovering, type Tile } from '#schema/geo/tiles.ts';
import type { ListingFeature, ListingFeatureCollection } from '#schema/listing.ts';
import type { ListingFilters } from '#schema/queries.ts';
import { createRandom } from '#seed/random.ts';
import { BENCH_COLUMNS, MAINLAND, benchPlaces, benchRow } from './geo-data.ts';

// The Worker's own query code is measured, loaded at run time: the Worker's files belong to the
// Workers type project, which this Node script's project cannot include.
type Db = Awaited<ReturnType<Miniflare['getD1Database']>>;
type BenchTenant = { id: number; timezone: string; [setting: string]: unknown };
type Build = (row: never) => ListingFeature | null;
const workerModule = <T>(path: string): Promise<T> => import(new URL(`../worker/${path}`, import.meta.url).href) as Promise<T>;
const { featureBuilder } = await workerModule<{ featureBuilder(tenant: BenchTenant, filters: ListingFilters, now: Date): Build }>('geo/features.ts');
const { nearestListings } = await workerModule<{
  nearestListings(db: Db, tenant: BenchTenant, lat: number, lng: number, k: number, filters: ListingFilters, now: Date): Promise<{ answer: ListingFeatureCollection; rowsRead: number }>;
}>('geo/nearest.ts');
const { searchInBox } = await workerModule<{
  searchInBox(db: Db, tenantId: number, box: Bbox, filters: ListingFilters, wanted: number, build: Build): Promise<{ features: ListingFeature[]; rowsRead: number }>;
}>('geo/text.ts');

type ReadAnswer = { kind: string; features: unknown[] };
type OneRead = { statements: unknown[]; answer(results: unknown[]): ReadAnswer };
const { tileRead } = await workerModule<{
  tileRead(db: Db, tenant: BenchTenant, tile: Tile, filters: ListingFilters, limit: number, now: Date): OneRead;
}>('geo/tile.ts');
const { boxRead } = await workerModule<{
  boxRead(db: Db, tenant: BenchTenant, box: Bbox, filters: ListingFilters, limit: number, now: Date): OneRead;
}>('geo/box-read.ts');
const { tenantLookup } = await workerModule<{ tenantLookup(db: Db, hostname: string, allowDevHosts: boolean): unknown }>('db/tenants.ts');

const COUNT = Number(process.env.BENCH_LISTINGS ?? 1_000_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);
const TENANT_ID = 1;
const VIEWPORT_LIMIT = 500;
const BATCH = 5000;

const migrationsDir = join(import.meta.dirname, '..', 'schema', 'migrations');
const migrationsHash = createHash('sha256')
  .update(readdirSync(migrationsDir).sort().map((name) => readFileSync(join(migrationsDir, name), 'utf8')).join('\n'))
  .update(readFileSync(join(import.meta.dirname, 'geo-data.ts'), 'utf8'))
  .digest('hex')
  .slice(0, 12);
const persist = join(import.meta.dirname, '..', '.wrangler', 'bench-state', `${migrationsHash}-${COUNT}`);

async function openBench(): Promise<{ mf: Miniflare; db: Db }> {
  const mf = new Miniflare({ modules: true, script: 'export default { fetch: () => new Response(null, { status: 404 }) }', d1Databases: { DB: 'bench' }, d1Persist: persist });
  return { mf, db: await mf.getD1Database('DB') };
}
let { mf, db } = await openBench();

/**
 * Loads like a restore does: the derived tables' triggers are dropped for the bulk insert, the
 * derived tables are then rebuilt by the migrations' own backfill statements, and the triggers
 * come back. Row-at-a-time triggers would take most of an hour for a million rows on 2 cores.
 */
async function seed(): Promise<void> {
  const started = Date.now();
  const migrations = await readD1Migrations(migrationsDir);
  for (const migration of migrations) {
    for (const query of migration.queries) await db.prepare(query).run();
  }
  const triggers = await db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'listings' AND name NOT LIKE 'listings_h_required%'")
    .all<{ name: string; sql: string }>();
  for (const trigger of triggers.results) await db.prepare(`DROP TRIGGER ${trigger.name}`).run();
  await db
    .prepare(`INSERT INTO tenants (id, slug, name, centre_lat, centre_lng, bounds_west, bounds_south, bounds_east, bounds_north)
      VALUES (?1, 'france', 'Réseau des CCI', 46.6, 2.4, -180, -90, 180, 90)`)
    .bind(TENANT_ID)
    .run();
  const random = createRandom(2020);
  const spots = benchPlaces();
  const picks = BENCH_COLUMNS.map((column, i) => `v.value->>${i}`).join(', ');
  const insert = `INSERT INTO listings (tenant_id, ${BENCH_COLUMNS.join(', ')}, address, postcode, commune, commune_insee, opening_hours, last_confirmed_at, created_at, updated_at)
    SELECT ${TENANT_ID}, ${picks}, '1 rue de la République', '75001', 'Commune', '75101', 'Mo-Sa 09:00-19:00',
      '2026-11-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-11-01T00:00:00Z'
    FROM json_each(?1) v`;
  for (let start = 0; start < COUNT; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, COUNT - start) }, (_, i) => benchRow(random, start + i, spots));
    await db.prepare(insert).bind(JSON.stringify(rows)).run();
    if ((start / BATCH) % 20 === 0) process.stdout.write(`\r  seeded ${start + rows.length} listings`);
  }
  const backfills = migrations
    .flatMap((migration) => migration.queries)
    .filter((query) => /^\s*INSERT INTO (listing_cells|listings_search) /.test(query.replace(/^\s*--.*$/gm, '')));
  for (const query of backfills) await db.prepare(query).run();
  for (const trigger of triggers.results) await db.prepare(trigger.sql).run();
  // The naive scheme's index, for comparison only: the application does not have it.
  await db.prepare('CREATE INDEX bench_naive_lat_lng ON listings (tenant_id, lat, lng)').run();
  await db.prepare("CREATE TABLE bench_seeded (at TEXT)").run();
  await db.prepare("INSERT INTO bench_seeded VALUES (datetime('now'))").run();
  console.log(`\r  seeded ${COUNT} listings in ${Math.round((Date.now() - started) / 1000)} s`);
}

const seeded = existsSync(persist) && (await db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'bench_seeded'").first()) !== null;
console.log(seeded ? `Reusing ${persist}` : `Seeding ${persist}`);
if (!seeded) {
  await seed();
  // Measures on a fresh instance over the seeded files, as a run that reuses them does. The
  // instance that did the bulk load failed an assertion in miniflare's synchronous proxy fetch on
  // one of the first measured queries (a first run crashed, the second one passed).
  await mf.dispose();
  ({ mf, db } = await openBench());
}

// ---------------------------------------------------------------- sampling and measuring
const random = createRandom(7);
const maxRowid = (await db.prepare('SELECT max(rowid) AS n FROM listings').first<{ n: number }>())?.n ?? 0;

/** Centres where people look: the positions of random listings, so dense places weigh more. */
async function centres(n: number, filter: (lat: number, lng: number) => boolean = () => true): Promise<Array<{ lat: number; lng: number }>> {
  const found: Array<{ lat: number; lng: number }> = [];
  while (found.length < n) {
    const row = await db.prepare('SELECT lat, lng FROM listings WHERE rowid = ?1').bind(random.int(1, maxRowid)).first<{ lat: number; lng: number }>();
    if (row && filter(row.lat, row.lng)) found.push(row);
  }
  return found;
}

const boxOf = (centre: { lat: number; lng: number }, widthKm: number, heightKm: number): Bbox => {
  const dLat = heightKm / 2 / 111.2;
  const dLng = widthKm / 2 / (111.2 * Math.cos((centre.lat * Math.PI) / 180));
  return { west: centre.lng - dLng, south: centre.lat - dLat, east: centre.lng + dLng, north: centre.lat + dLat };
};

/**
 * `firstStepRowsRead`: rows read by a first step of the query (the cell counts of a viewport).
 * `ms`: the time of the D1 calls alone, when the run does more (building features from the rows,
 * which the naive queries do not do and which is the same work whatever the index).
 */
type Run = { rowsRead: number; returned: number; firstStepRowsRead?: number; ms?: number };
type Sample = Run & { ms: number };
type Measured = { perRow: number; firstStepPerRow: number | null; medianRows: number; median: number; p95: number; returned: number };

async function measure<T>(inputs: T[], run: (input: T) => Promise<Run>): Promise<Measured> {
  const samples: Sample[] = [];
  for (const input of inputs) {
    const started = performance.now();
    const result = await run(input);
    samples.push({ ...result, ms: result.ms ?? performance.now() - started });
  }
  const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
  const rows = samples.reduce((sum, s) => sum + s.rowsRead, 0);
  const returned = samples.reduce((sum, s) => sum + s.returned, 0);
  const firstStep = samples.some((s) => s.firstStepRowsRead !== undefined) ? samples.reduce((sum, s) => sum + (s.firstStepRowsRead ?? 0), 0) : null;
  return {
    perRow: returned > 0 ? rows / returned : Number.NaN,
    firstStepPerRow: firstStep === null || returned === 0 ? null : firstStep / returned,
    medianRows: quantile(samples.map((s) => s.rowsRead), 0.5),
    median: quantile(samples.map((s) => s.ms), 0.5),
    p95: quantile(samples.map((s) => s.ms), 0.95),
    returned: returned / samples.length,
  };
}

const COLUMNS = 'id, name, category, status, lat, lng, services, opening_hours, last_confirmed_at';

async function naiveBox(box: Bbox, category: Category | null, limit: number, extra = '', extraParams: string[] = [], columns = COLUMNS) {
  const result = await db
    .prepare(`SELECT ${columns} FROM listings INDEXED BY bench_naive_lat_lng
      WHERE tenant_id = ?1 AND lat BETWEEN ?2 AND ?3 AND lng BETWEEN ?4 AND ?5 ${category ? `AND category = '${category}'` : ''} ${extra} LIMIT ?6`)
    .bind(TENANT_ID, box.south, box.north, box.west, box.east, limit, ...extraParams)
    .all<{ lat: number; lng: number }>();
  return { rowsRead: result.meta.rows_read, returned: result.results.length, rows: result.results };
}

const tenant: BenchTenant = { id: TENANT_ID, slug: 'france', name: 'Réseau des CCI', timezone: 'Europe/Paris', bounds: MAINLAND };
const noFilters: ListingFilters = { categories: [], services: [], open: false, at: null, q: '' };
const now = new Date('2026-11-20T10:00:00Z');
const build = featureBuilder(tenant, noFilters, now);

/**
 * A public read as the Worker runs it: one D1 batch with the tenant's own row (decision 013),
 * timed around the batch; the answer is then built from its results.
 */
async function oneBatch(read: OneRead): Promise<Run> {
  const started = performance.now();
  const results = (await db.batch([tenantLookup(db, 'france.localhost', true), ...read.statements] as never)) as Array<{ meta: { rows_read: number } }>;
  const ms = performance.now() - started;
  const answer = read.answer(results.slice(1));
  return { rowsRead: results.reduce((sum, result) => sum + result.meta.rows_read, 0), returned: answer.features.length, ms };
}

// ---------------------------------------------------------------- the runs
type Line = { label: string; unit: string; target: string; ours: Measured; naive: Measured };
const lines: Line[] = [];
/** BENCH_ONLY=<regular expression>: only the lines whose label matches, for a quicker look. */
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
const wanted = (label: string) => only === null || only.test(label);
const mainland = (lat: number, lng: number) => lat >= MAINLAND.south && lat <= MAINLAND.north && lng >= MAINLAND.west && lng <= MAINLAND.east;

const viewports: Array<[string, number, number, Category | null, string]> = [
  ['viewport city 2×1.5 km', 2, 1.5, null, '≤ 1.3'],
  ['viewport district 10 km', 10, 10, null, '≤ 1.3'],
  ['viewport region 150 km', 150, 150, null, '≤ 1.3'],
  ['viewport district 10 km, bakery', 10, 10, 'bakery', '≤ 1.4'],
  ['viewport region 150 km, bakery', 150, 150, 'bakery', '≤ 1.4'],
];
for (const [label, width, height, category, target] of viewports) {
  if (!wanted(label)) continue;
  const boxes = (await centres(QUERIES)).map((c) => boxOf(c, width, height));
  const filters: ListingFilters = { ...noFilters, categories: category ? [category] : [] };
  // As a request for a box that is not a tile does: one batch, scan and clusters guarded by counts.
  const ours = await measure(boxes, (box) => oneBatch(boxRead(db, tenant, box, filters, VIEWPORT_LIMIT, now)));
  const naive = await measure(boxes, (box) => naiveBox(box, category, VIEWPORT_LIMIT));
  lines.push({ label, unit: 'rows read / feature returned', target, ours, naive });
}

if (wanted('nearest 20')) {
  const points = await centres(QUERIES);
  const ours = await measure(points, async (p) => {
    const { answer, rowsRead } = await nearestListings(db, tenant, p.lat, p.lng, 20, noFilters, now);
    return { rowsRead, returned: answer.features.length };
  });
  const naive = await measure(points, async (p) => {
    let rowsRead = 0;
    for (let radius = 500; ; radius *= 2) {
      const result = await naiveBox(boxAround(p.lat, p.lng, radius), null, 1_000_000, '', [], 'lat, lng');
      rowsRead += result.rowsRead;
      const within = result.rows.filter((row: { lat: number; lng: number }) => distanceMetres(p.lat, p.lng, row.lat, row.lng) <= radius).length;
      if (within >= 20 || radius > 2e7) return { rowsRead, returned: Math.min(20, within) };
    }
  });
  lines.push({ label: 'nearest 20', unit: 'rows read (median)', target: '≤ 150', ours, naive });
}

for (const word of ['miel', 'boulang', 'fromage', 'plombier']) {
  if (!wanted(`text "${word}"`)) continue;
  const boxes = (await centres(Math.ceil(QUERIES / 4))).map((c) => boxOf(c, 5, 5));
  const ours = await measure(boxes, async (box) => {
    const text = await searchInBox(db, TENANT_ID, box, { ...noFilters, q: word }, 50, build);
    return { rowsRead: text.rowsRead, returned: Math.min(50, text.features.length) };
  });
  const naive = await measure(boxes, (box) => naiveBox(box, null, 50, 'AND (name LIKE ?7 OR products LIKE ?7)', [`%${word}%`]));
  lines.push({ label: `text "${word}" in 5×5 km, 50 best`, unit: 'rows read / result', target: '≤ 3', ours, naive });
}

// A map view as the web app asks for it: the tiles of the grid (decision 013), each answered by one
// D1 batch (the tenant's row, the scan and the clusters each guarded by the tile's count, the
// campaign's start), so one round trip: points or clusters, whichever the tile's count says.
const tileLines: Array<[string, number, Category | null]> = [
  ['tile level 14 (~1.8 × 1.2 km), 1 round trip', 14, null],
  ['tile level 12 (~7 × 5 km), 1 round trip', 12, null],
  ['tile level 10 (~29 × 20 km), 1 round trip', 10, null],
  ['tile level 12, bakery, 1 round trip', 12, 'bakery'],
];
for (const [label, level, category] of tileLines) {
  if (!wanted(label)) continue;
  const tiles = (await centres(QUERIES)).map((c) => tilesCovering({ west: c.lng, east: c.lng, south: c.lat, north: c.lat }, level)[0]!);
  const filters: ListingFilters = { ...noFilters, categories: category ? [category] : [] };
  const ours = await measure(tiles, (tile) => oneBatch(tileRead(db, tenant, tile, filters, VIEWPORT_LIMIT, now)));
  const naive = await measure(tiles, (tile) => naiveBox(tileBox(tile), category, VIEWPORT_LIMIT));
  lines.push({ label, unit: 'rows read / feature returned', target: '≤ 1.3', ours, naive });
}

const zoomedOut: Array<[string, Bbox[], number]> = [
  ['clusters 100 km', (await centres(Math.min(QUERIES, 100), mainland)).map((c) => boxOf(c, 100, 100)), 0.1],
  ['clusters all of France', [MAINLAND, MAINLAND, MAINLAND], 0.5],
];
for (const [label, boxes, cellDegrees] of zoomedOut) {
  if (!wanted(label)) continue;
  const ours = await measure(boxes, (box) => oneBatch(boxRead(db, tenant, box, noFilters, VIEWPORT_LIMIT, now)));
  const naive = await measure(boxes, async (box) => {
    const result = await db
      .prepare(`SELECT count(*) AS n, avg(lat), avg(lng) FROM listings INDEXED BY bench_naive_lat_lng
        WHERE tenant_id = ?1 AND lat BETWEEN ?2 AND ?3 AND lng BETWEEN ?4 AND ?5
        GROUP BY CAST(lat / ?6 AS INTEGER), CAST(lng / ?6 AS INTEGER)`)
      .bind(TENANT_ID, box.south, box.north, box.west, box.east, cellDegrees)
      .all();
    return { rowsRead: result.meta.rows_read, returned: result.results.length };
  });
  lines.push({ label, unit: 'rows read / cluster', target: '≤ 1.2', ours, naive });
}

await mf.dispose();

// ---------------------------------------------------------------- the table
const figure = (line: Line, m: Measured) => (line.unit.includes('median') ? String(m.medianRows) : m.perRow.toFixed(2));
const ratio = (line: Line) => line.ours.median / line.naive.median;
const header = ['query', 'measure', 'target', 'ours', 'naive', 'ours ms med/p95', 'naive ms med/p95', 'ms med ours/naive', 'avg returned'];
const table = lines.map((line) => [
  line.label,
  line.unit,
  line.target,
  figure(line, line.ours),
  figure(line, line.naive),
  `${line.ours.median.toFixed(1)} / ${line.ours.p95.toFixed(1)}`,
  `${line.naive.median.toFixed(1)} / ${line.naive.p95.toFixed(1)}`,
  ratio(line).toFixed(2),
  line.ours.returned.toFixed(0),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const render = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`\nGeosearch on ${COUNT.toLocaleString('en')} listings, ${QUERIES} queries per line (naive = (tenant_id, lat, lng) index, BETWEEN on both)\n`);
console.log(render(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table) console.log(render(row));
console.log('\nA viewport, a tile and a clusters line is one D1 batch, as the Worker runs it (decision 013): the tenant\'s row, the scan and the');
console.log('clusters each guarded by maintained counts, the campaign\'s start; a feature is a listing or a cluster. The naive query reads the');
console.log('same box, LIMIT 500, points only. Times are of the D1 calls from Node (miniflare IPC included); building features is left out of both.');

// The target of issue 18: a viewport's median time no worse than the naive index's.
const views = lines.filter((line) => /^(viewport|tile|clusters)/.test(line.label));
console.log('\nViewport median time, ours / naive (target ≤ 1.00):');
for (const line of views) console.log(`  ${ratio(line) <= 1 ? 'meets ' : 'MISSES'}  ${ratio(line).toFixed(2)}  ${line.label}`);
if (views.length > 0) console.log(`  ${views.filter((line) => ratio(line) <= 1).length} of ${views.length} lines meet it`);
