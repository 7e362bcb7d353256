/**
 * Public reads at the edge, ours against the app before them, on one browsing trace:
 *  - both apps are built and served by `vite preview` on loopback (workerd, local D1, edge cache),
 *    each with its own freshly seeded database: ours from this checkout, the baseline from
 *    BASELINE_COMMIT (main with the same Server-Timing meter, before tiles, isolate-held tenants
 *    and one-round-trip reads), built into a temporary git worktree;
 *  - the trace: residents of a few towns of both demo CCIs open the page (tenant, map), pan,
 *    zoom, filter, open cards and search, on phones and desktops; a few shopkeepers update
 *    their listing and look at their map. Each client asks as its web app does: the baseline the
 *    exact view, ours the view's tiles;
 *  - every answer's Server-Timing says cache hit or miss, D1 statements, round trips, rows read.
 *
 *   npm run bench:edge [-- --residents 160 --concurrency 8 --d1-hop-ms 30]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatBbox, type Bbox } from '../schema/bbox-format.ts';
import { mergeTiles } from '../schema/geo/tile-merge.ts';
import { tileBox, tileLevelForBox, tilesCovering } from '../schema/geo/tiles.ts';
import type { ListingsAnswer } from '../schema/listing.ts';
import { parseServerTiming, type RequestCost } from '../schema/server-timing.ts';
import { createRandom, type Random } from '../seed/random.ts';
import { startTestServer, type TestServer } from '../tests/support/server.ts';
import { call, openRegistrationForms, prepareSessions, sameOrigin, type Session, type Slug } from './listing-sessions.ts';

/** main with Server-Timing (the meter) and nothing else of the edge work. */
const BASELINE_COMMIT = '09f0794f9c76ce8bdb9e1ac0f78c206c431e6cf0';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index > 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const RESIDENTS = option('residents', 160);
const SHOPKEEPERS = option('shopkeepers', 8);
const CONCURRENCY = option('concurrency', 8);
/**
 * Loopback D1 answers in well under a millisecond; a visitor far from the D1 primary waits a
 * network hop for each round trip. A view's time is modelled as measured plus this per round trip
 * of its most costly request: the trips of one request follow one another, tiles go side by side.
 */
const D1_HOP_MS = option('d1-hop-ms', 30);

// ---------------------------------------------------------------- the trace
type Town = { slug: Slug; name: string; lat: number; lng: number; weight: number };
const TOWNS: Town[] = [
  { slug: 'aix-marseille-provence', name: 'Marseille', lat: 43.2965, lng: 5.3698, weight: 5 },
  { slug: 'aix-marseille-provence', name: 'Aix-en-Provence', lat: 43.5297, lng: 5.4474, weight: 2 },
  { slug: 'aix-marseille-provence', name: 'Aubagne', lat: 43.2927, lng: 5.5708, weight: 1 },
  { slug: 'morbihan', name: 'Vannes', lat: 47.6559, lng: -2.7603, weight: 2 },
  { slug: 'morbihan', name: 'Lorient', lat: 47.7482, lng: -3.3702, weight: 2 },
];
const SCREENS = [
  { width: 412, height: 860, weight: 3 },
  { width: 1280, height: 720, weight: 1 },
];

type Filters = { category: string | null; open: boolean };
type View = { lat: number; lng: number; zoom: number; width: number; height: number; filters: Filters; q: string | null };
type Step = { kind: 'tenant' } | { kind: 'view'; view: View } | { kind: 'card'; pick: number };
type Visit = { slug: Slug; steps: Step[] };

function weighted<T extends { weight: number }>(random: Random, items: readonly T[]): T {
  let roll = random.next() * items.reduce((sum, item) => sum + item.weight, 0);
  for (const item of items) if ((roll -= item.weight) < 0) return item;
  return items[items.length - 1]!;
}

/** The box Leaflet shows for a centre, zoom and screen (Web Mercator, 256 px tiles). */
function viewBox(view: View): Bbox {
  const scale = 256 * 2 ** view.zoom;
  const x = ((view.lng + 180) / 360) * scale;
  const sin = Math.sin((view.lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale;
  const lngOf = (px: number) => (px / scale) * 360 - 180;
  const latOf = (py: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / scale))) * 180) / Math.PI;
  return { west: lngOf(x - view.width / 2), east: lngOf(x + view.width / 2), south: latOf(y + view.height / 2), north: latOf(y - view.height / 2) };
}

function residentVisit(random: Random): Visit {
  const town = weighted(random, TOWNS);
  const screen = weighted(random, SCREENS);
  let view: View = {
    // Where they are in town: within about a kilometre of its centre.
    lat: town.lat + random.gaussian() * 0.006,
    lng: town.lng + random.gaussian() * 0.008,
    zoom: weighted(random, [{ zoom: 14, weight: 5 }, { zoom: 13, weight: 3 }, { zoom: 15, weight: 2 }]).zoom,
    width: screen.width,
    height: screen.height,
    filters: { category: null, open: false },
    q: null,
  };
  const steps: Step[] = [{ kind: 'tenant' }, { kind: 'view', view }];
  const actions = random.int(3, 7);
  for (let i = 0; i < actions; i++) {
    const roll = random.next();
    const box = viewBox(view);
    if (roll < 0.35) {
      view = { ...view, q: null, lat: view.lat + (random.next() - 0.5) * 0.8 * (box.north - box.south), lng: view.lng + (random.next() - 0.5) * 0.8 * (box.east - box.west) };
    } else if (roll < 0.5) view = { ...view, q: null, zoom: Math.min(17, view.zoom + 1) };
    else if (roll < 0.6) view = { ...view, q: null, zoom: Math.max(11, view.zoom - 1) };
    else if (roll < 0.68) view = { ...view, q: null, filters: { ...view.filters, category: random.chance(0.5) ? 'bakery' : 'grocery' } };
    else if (roll < 0.74) view = { ...view, q: null, filters: { ...view.filters, open: true } };
    else if (roll < 0.78) view = { ...view, q: null, filters: { category: null, open: false } };
    else if (roll < 0.82) view = { ...view, q: random.pick(['pain', 'fromage', 'plombier']) };
    else {
      steps.push({ kind: 'card', pick: random.int(0, 1000) });
      continue;
    }
    steps.push({ kind: 'view', view });
  }
  return { slug: town.slug, steps };
}

// ---------------------------------------------------------------- measuring
type Route = 'tenant' | 'map' | 'search' | 'card' | 'write';
type Sample = { route: Route; ms: number; cost: RequestCost | null; status: number };
/** A map view: how long all its requests took, and the D1 round trips of its slowest-bound one (they run side by side). */
type ViewTime = { ms: number; roundTrips: number };
type Run = { samples: Sample[]; views: ViewTime[]; compared: Map<string, string>; ownWrites: { seen: number; of: number } };

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function get(server: TestServer, slug: Slug, path: string, cookie?: string): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined>; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, path, agent, headers: { host: `${slug}.localhost:${server.port}`, ...(cookie ? { cookie } : {}) } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers, ms: performance.now() - started }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function listingsPath(box: Bbox, view: View): string {
  const params = new URLSearchParams({ bbox: formatBbox(box) });
  if (view.filters.category) params.set('category', view.filters.category);
  if (view.filters.open) params.set('open', '1');
  if (view.q) params.set('q', view.q);
  return `/api/v1/listings?${params.toString()}`;
}

type Client = 'baseline' | 'ours';

/** The requests of one view as each web app sends them, and the answer it then draws. */
async function showView(server: TestServer, client: Client, slug: Slug, view: View, run: Run, cookie?: string): Promise<ListingsAnswer | null> {
  const box = viewBox(view);
  const boxes = client === 'ours' && !view.q ? tilesCovering(box, tileLevelForBox(box)).map(tileBox) : [box];
  const started = performance.now();
  let roundTrips = 0;
  const answers = await Promise.all(
    boxes.map(async (part) => {
      const answer = await get(server, slug, listingsPath(part, view), cookie);
      const cost = parseServerTiming(String(answer.headers['server-timing'] ?? ''));
      roundTrips = Math.max(roundTrips, cost?.roundTrips ?? 0);
      run.samples.push({ route: view.q ? 'search' : 'map', ms: answer.ms, cost, status: answer.status });
      return answer.status === 200 ? (JSON.parse(answer.body) as ListingsAnswer) : null;
    }),
  );
  run.views.push({ ms: performance.now() - started, roundTrips });
  if (answers.some((answer) => answer === null)) return null;
  return client === 'ours' && !view.q ? mergeTiles(box, answers as ListingsAnswer[]) : answers[0]!;
}

/** What a view shows, to compare the two apps: the listings in it, or that it shows clusters. */
const shown = (answer: ListingsAnswer | null) => (answer === null ? 'error' : answer.kind === 'clusters' ? 'clusters' : answer.features.map((f) => f.id).sort().join(','));

async function replay(server: TestServer, client: Client, visits: Visit[], shopkeepers: Session[]): Promise<Run> {
  const run: Run = { samples: [], views: [], compared: new Map(), ownWrites: { seen: 0, of: 0 } };
  let next = 0;
  let written = 0;
  const resident = async (visit: Visit, index: number) => {
    let last: ListingsAnswer | null = null;
    for (const [stepIndex, step] of visit.steps.entries()) {
      if (step.kind === 'tenant') {
        const answer = await get(server, visit.slug, '/api/v1/tenant');
        run.samples.push({ route: 'tenant', ms: answer.ms, cost: parseServerTiming(String(answer.headers['server-timing'] ?? '')), status: answer.status });
      } else if (step.kind === 'view') {
        last = await showView(server, client, visit.slug, step.view, run);
        if (!step.view.q) run.compared.set(`${index}/${stepIndex}`, shown(last));
      } else if (last?.kind === 'listings' && last.features.length > 0) {
        const id = last.features[step.pick % last.features.length]!.id;
        const answer = await get(server, visit.slug, `/api/v1/listings/${id}`);
        run.samples.push({ route: 'card', ms: answer.ms, cost: parseServerTiming(String(answer.headers['server-timing'] ?? '')), status: answer.status });
      }
    }
  };
  const shopkeeper = async (session: Session) => {
    const until = `2031-0${1 + (written++ % 9)}-15`;
    const write = await call(server, session.slug, 'POST', '/api/v1/self-service/listing/status', { action: 'closed_until', until }, { cookie: session.cookie, ...sameOrigin(server, session.slug) });
    run.samples.push({ route: 'write', ms: 0, cost: parseServerTiming(String(write.headers['server-timing'] ?? '')), status: write.status });
    if (write.status !== 200) return;
    const bookmark = ([write.headers['set-cookie'] ?? []].flat() as string[]).map((c) => c.split(';')[0]).find((c) => c?.startsWith('vitrine_bookmark='));
    const card = JSON.parse((await get(server, session.slug, `/api/v1/listings/${session.listingId}`)).body) as { lat: number; lng: number };
    const view: View = { lat: card.lat, lng: card.lng, zoom: 16, width: 412, height: 860, filters: { category: null, open: false }, q: null };
    const answer = await showView(server, client, session.slug, view, run, [session.cookie, bookmark].filter(Boolean).join('; '));
    run.ownWrites.of++;
    const mine = answer?.kind === 'listings' ? answer.features.find((f) => f.id === session.listingId) : undefined;
    if (mine?.properties.status_until === until) run.ownWrites.seen++;
  };
  // Shopkeepers write among the residents, spread over the trace.
  const every = Math.max(1, Math.floor(visits.length / Math.max(1, shopkeepers.length)));
  const work = async () => {
    while (next < visits.length) {
      const index = next++;
      await resident(visits[index]!, index);
      const session = index % every === every - 1 ? shopkeepers[Math.floor(index / every)] : undefined;
      if (session) await shopkeeper(session);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, work));
  return run;
}

// ---------------------------------------------------------------- the apps
function buildBaseline(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-edge-baseline-'));
  rmSync(dir, { recursive: true, force: true });
  execFileSync('git', ['worktree', 'add', '--quiet', '--detach', dir, BASELINE_COMMIT], { stdio: ['ignore', 'ignore', 'inherit'] });
  const remove = () => execFileSync('git', ['worktree', 'remove', '--force', dir], { stdio: 'ignore' });
  try {
    // The baseline builds with its own dependencies once ours have moved on (a validator it
    // imports may be gone from ours); the same lockfile shares our node_modules.
    if (readFileSync(join(dir, 'package-lock.json'), 'utf8') === readFileSync('package-lock.json', 'utf8')) symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
    else execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync(join(dir, 'node_modules/.bin/vite'), ['build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, remove };
}

async function measureApp(client: Client, cwd: string, visits: Visit[]): Promise<Run> {
  const server = await startTestServer({ cwd });
  try {
    const { bounds, formTokens } = await openRegistrationForms(server);
    const shopkeepers = await prepareSessions(server, bounds, formTokens, SHOPKEEPERS);
    return await replay(server, client, visits, shopkeepers);
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------- the tables
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? Number.NaN;
const mean = (values: number[]) => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN);

function figures(samples: Sample[]) {
  const reads = samples.filter((s) => s.route !== 'write');
  const costs = reads.map((s) => s.cost).filter((c): c is RequestCost => c !== null);
  const misses = costs.filter((c) => c.cache !== 'hit');
  return {
    requests: String(reads.length),
    hitRate: `${((100 * costs.filter((c) => c.cache === 'hit').length) / Math.max(1, costs.length)).toFixed(1)} %`,
    tripsPerRequest: mean(costs.map((c) => c.roundTrips)).toFixed(2),
    tripsPerMiss: `${mean(misses.map((c) => c.roundTrips)).toFixed(2)} / ${Math.max(0, ...misses.map((c) => c.roundTrips))}`,
    statements: mean(costs.map((c) => c.statements)).toFixed(2),
    rows: mean(costs.map((c) => c.rowsRead)).toFixed(1),
    ms: `${quantile(reads.map((s) => s.ms), 0.5).toFixed(1)} / ${quantile(reads.map((s) => s.ms), 0.95).toFixed(1)}`,
    errors: String(reads.filter((s) => s.status !== 200).length),
  };
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const random = createRandom(2020);
  const visits = Array.from({ length: RESIDENTS }, () => residentVisit(random));
  console.log(`Trace: ${visits.length} residents (${visits.reduce((n, v) => n + v.steps.length, 0)} steps), ${SHOPKEEPERS} shopkeepers' writes, ${CONCURRENCY} at a time.`);
  if (!existsSync('dist/vitrine/wrangler.json')) execFileSync('node_modules/.bin/vite', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`Building the baseline (${BASELINE_COMMIT.slice(0, 7)}) in a temporary worktree…`);
  const baselineCheckout = buildBaseline();
  let baseline: Run;
  try {
    console.log('Replaying on the baseline…');
    baseline = await measureApp('baseline', baselineCheckout.dir, visits);
  } finally {
    baselineCheckout.remove();
  }
  console.log('Replaying on ours…');
  const ours = await measureApp('ours', process.cwd(), visits);

  const [b, o] = [figures(baseline.samples), figures(ours.samples)];
  const viewMs = (run: Run, msPerRoundTrip = 0) => {
    const times = run.views.map((v) => v.ms + v.roundTrips * msPerRoundTrip);
    return `${quantile(times, 0.5).toFixed(1)} / ${quantile(times, 0.95).toFixed(1)}`;
  };
  const sameViews = [...ours.compared].filter(([key, value]) => baseline.compared.get(key) === value && value !== 'clusters').length;
  const comparable = [...ours.compared].filter(([key, value]) => value !== 'clusters' && baseline.compared.get(key) !== 'clusters').length;
  console.log(`\nEdge reads on the trace, main before this work (${BASELINE_COMMIT.slice(0, 7)}) vs ours\n`);
  console.log(
    table(
      ['measure', 'main', 'ours', 'target'],
      [
        ['public read requests', b.requests, o.requests, ''],
        ['edge-cache hit rate', b.hitRate, o.hitRate, '≥ 80 %'],
        ['D1 round trips per request', b.tripsPerRequest, o.tripsPerRequest, ''],
        ['D1 round trips per miss (mean / max)', b.tripsPerMiss, o.tripsPerMiss, '≤ 1'],
        ['D1 statements per request', b.statements, o.statements, ''],
        ['rows read per request', b.rows, o.rows, ''],
        ['request ms p50 / p95', b.ms, o.ms, ''],
        ['map view ms p50 / p95 (all its requests)', viewMs(baseline), viewMs(ours), ''],
        [`  with ${D1_HOP_MS} ms per D1 round trip (modelled)`, viewMs(baseline, D1_HOP_MS), viewMs(ours, D1_HOP_MS), ''],
        ['answers not 200', b.errors, o.errors, '0'],
        ['shopkeeper sees own write at once', `${baseline.ownWrites.seen}/${baseline.ownWrites.of}`, `${ours.ownWrites.seen}/${ours.ownWrites.of}`, 'all'],
      ],
    ),
  );
  console.log(`\nViews showing the same listings in both apps: ${sameViews} of ${comparable} (views where neither shows clusters; a shopkeeper's write may fall between).\n`);
  const routes: Route[] = ['tenant', 'map', 'search', 'card'];
  console.log(
    table(
      ['route', 'requests main / ours', 'hit rate main / ours', 'round trips per miss main / ours', 'rows read per request main / ours'],
      routes.map((route) => {
        const [rb, ro] = [figures(baseline.samples.filter((s) => s.route === route)), figures(ours.samples.filter((s) => s.route === route))];
        return [route, `${rb.requests} / ${ro.requests}`, `${rb.hitRate} / ${ro.hitRate}`, `${rb.tripsPerMiss} / ${ro.tripsPerMiss}`, `${rb.rows} / ${ro.rows}`];
      }),
    ),
  );
  console.log('\nOurs asks for a view tile by tile (more requests, each shared); cards are never cached (an erasure must take a shop off at once).');
}

await main();
agent.destroy();
