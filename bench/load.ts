/**
 * Load figures on loopback, printed, not asserted (except lost writes):
 *  - the built app served by `vite preview` (workerd + a local D1, both demo tenants seeded);
 *  - autocannon drives a mix for a bounded time: 90% viewport / nearest reads over both
 *    tenants, 5% registrations, 5% one-tap status updates by prepared listing sessions;
 *  - then a static asset from the same server, for the ratio;
 *  - then every write acknowledged with 2xx is looked up in the database: "lost writes" must be 0.
 *
 *   npm run bench:load [-- --duration 20 --connections 32 --sessions 32]
 *
 * Each write comes from its own client address (a burst from many residents), so the per-address
 * limit does not hide the per-tenant one. The tenant limit (300 writes a minute in wrangler.toml's
 * `ratelimits`) is the production default and is left as it is: the output says how many writes
 * it refused.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import autocannon from 'autocannon';
import { runD1 } from '../scripts/d1.ts';
import { startTestServer } from '../tests/support/server.ts';
import { SLUGS, call, openRegistrationForms, nextIp, prepareSessions, registration, sameOrigin, type Bounds, type Session, type Slug } from './listing-sessions.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index > 0 ? Number(process.argv[index + 1]) : Number(process.env[`BENCH_${name.toUpperCase()}`] ?? fallback);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const DURATION_S = option('duration', 20);
const STATIC_DURATION_S = Math.max(5, Math.round(DURATION_S / 4));
const CONNECTIONS = option('connections', 32);
const SESSIONS = option('sessions', 32);

function randomBox(bounds: Bounds): string {
  // Map windows from street level to a whole département.
  const span = 0.01 + Math.random() * Math.min(0.5, bounds.east - bounds.west);
  const west = bounds.west + Math.random() * (bounds.east - bounds.west - span);
  const south = bounds.south + Math.random() * (bounds.north - bounds.south - span * 0.7);
  return [west, south, west + span, south + span * 0.7].map((v) => v.toFixed(5)).join(',');
}

function randomRead(bounds: Bounds): string {
  if (Math.random() < 0.5) return `/api/v1/listings?bbox=${randomBox(bounds)}`;
  const lat = bounds.south + Math.random() * (bounds.north - bounds.south);
  const lng = bounds.west + Math.random() * (bounds.east - bounds.west);
  return `/api/v1/listings/nearest?lat=${lat.toFixed(5)}&lng=${lng.toFixed(5)}`;
}

type Kind = 'read' | 'register' | 'status';
type StatusWrite = { until: string; acked: boolean | null };
type ConnectionContext = { id?: number; kind?: Kind; session?: Session; until?: string; slug?: Slug };

const counts = { '2xx': 0, '4xx': 0, '429': 0, '5xx': 0, other: 0 };
const byKind: Record<Kind, { sent: number; ok: number; limited: number; other: Record<string, number> }> = {
  read: { sent: 0, ok: 0, limited: 0, other: {} },
  register: { sent: 0, ok: 0, limited: 0, other: {} },
  status: { sent: 0, ok: 0, limited: 0, other: {} },
};
const registeredIds: Array<{ slug: Slug; id: string }> = [];
/** Per listing, every status write in the order its one connection sent them. */
const statusWrites = new Map<string, StatusWrite[]>();

/** Closing dates count up, so the final `status_until` of a listing names the write that won. */
let untilCounter = 0;
function nextUntil(): string {
  const day = new Date(Date.UTC(2030, 0, 1) + ++untilCounter * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function summary(result: autocannon.Result): string {
  return `${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`;
}

async function main(): Promise<void> {
  if (!existsSync('dist/vitrine/wrangler.json')) {
    console.log('No build found: building…');
    execFileSync('node_modules/.bin/vite', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await startTestServer();
  try {
    const { bounds, formTokens } = await openRegistrationForms(server);
    const sessions = await prepareSessions(server, bounds, formTokens, SESSIONS);
    console.log(`Prepared ${sessions.length} listing sessions; ${CONNECTIONS} connections, ${DURATION_S} s of mixed load, then ${STATIC_DURATION_S} s of a static asset.`);

    let connectionIds = 0;
    const mixed = await autocannon({
      url: `http://127.0.0.1:${server.port}`,
      connections: CONNECTIONS,
      duration: DURATION_S,
      timeout: 10,
      requests: [
        {
          setupRequest: (req, raw) => {
            const context = raw as ConnectionContext;
            context.id ??= connectionIds++;
            const roll = Math.random();
            // Sessions are split between connections, so each listing's writes are sent in order.
            const mine = sessions.filter((_, i) => i % CONNECTIONS === context.id! % CONNECTIONS);
            const kind: Kind = roll < 0.9 ? 'read' : roll < 0.95 || mine.length === 0 ? 'register' : 'status';
            context.kind = kind;
            byKind[kind].sent++;
            if (kind === 'read') {
              const slug = SLUGS[Math.floor(Math.random() * 2)]!;
              return { ...req, method: 'GET', path: randomRead(bounds[slug]), headers: { host: `${slug}.localhost:${server.port}` }, body: undefined };
            }
            if (kind === 'register') {
              const slug = SLUGS[Math.floor(Math.random() * 2)]!;
              context.slug = slug;
              return {
                ...req,
                method: 'POST',
                path: '/api/v1/registrations',
                headers: { host: `${slug}.localhost:${server.port}`, 'content-type': 'application/json', 'cf-connecting-ip': nextIp() },
                body: JSON.stringify(registration(slug, bounds[slug], formTokens[slug])),
              };
            }
            const session = mine[Math.floor(Math.random() * mine.length)]!;
            const until = nextUntil();
            context.session = session;
            context.until = until;
            const writes = statusWrites.get(session.listingId) ?? [];
            writes.push({ until, acked: null });
            statusWrites.set(session.listingId, writes);
            return {
              ...req,
              method: 'POST',
              path: '/api/v1/self-service/listing/status',
              headers: { host: `${session.slug}.localhost:${server.port}`, 'content-type': 'application/json', cookie: session.cookie, ...sameOrigin(server, session.slug) },
              body: JSON.stringify({ action: 'closed_until', until }),
            };
          },
          onResponse: (status, body, raw) => {
            const context = raw as ConnectionContext;
            const kind = context.kind ?? 'read';
            const tally = byKind[kind];
            if (status >= 200 && status < 300) {
              counts['2xx']++;
              tally.ok++;
            } else if (status === 429) {
              counts['429']++;
              counts['4xx']++;
              tally.limited++;
            } else {
              if (status >= 500) counts['5xx']++;
              else if (status >= 400) counts['4xx']++;
              else counts.other++;
              tally.other[status] = (tally.other[status] ?? 0) + 1;
            }
            if (kind === 'register' && status === 201) registeredIds.push({ slug: context.slug!, id: (JSON.parse(body) as { listingId: string }).listingId });
            if (kind === 'status' && context.session) {
              const write = statusWrites.get(context.session.listingId)?.find((w) => w.until === context.until);
              if (write) write.acked = status >= 200 && status < 300;
            }
          },
        },
      ],
    });

    const assets = readdirSync('dist/client/assets').filter((f) => f.endsWith('.js')).sort();
    const asset = `/assets/${assets[0]}`;
    const staticRun = await autocannon({
      url: `http://127.0.0.1:${server.port}${asset}`,
      connections: CONNECTIONS,
      duration: STATIC_DURATION_S,
      headers: { host: `${SLUGS[0]}.localhost:${server.port}` },
    });

    console.log('\n== Mixed load (90% reads, 5% registrations, 5% status updates) ==');
    console.log(`requests/s: ${mixed.requests.average.toFixed(0)} (total ${mixed.requests.total} in ${mixed.duration.toFixed(1)} s)`);
    console.log(`latency: p50 ${mixed.latency.p50} ms, p99 ${mixed.latency.p99} ms, max ${mixed.latency.max} ms`);
    console.log(`responses: 2xx ${counts['2xx']}, 4xx ${counts['4xx']} (of which 429: ${counts['429']}), 5xx ${counts['5xx']}, timeouts ${mixed.timeouts}, connection errors ${mixed.errors}`);
    for (const kind of ['read', 'register', 'status'] as const) {
      const t = byKind[kind];
      const other = Object.entries(t.other).map(([s, n]) => `${s}×${n}`).join(' ') || 'none';
      console.log(`  ${kind.padEnd(8)} sent ${t.sent}, 2xx ${t.ok}, 429 ${t.limited}, other: ${other}`);
    }
    const writesSent = byKind.register.sent + byKind.status.sent;
    const writesLimited = byKind.register.limited + byKind.status.limited;
    if (writesSent > 0 && writesLimited / writesSent > 0.5) {
      console.log(
        `NOTE: the write rate limits refused ${writesLimited} of ${writesSent} writes (${((100 * writesLimited) / writesSent).toFixed(0)}%).` +
          ' They are the production defaults (wrangler.toml [[ratelimits]]: 10 per address, 300 per tenant, per minute);' +
          ' no environment variable raises them, and this bench does not weaken them. Lower --connections or --duration to measure unthrottled writes.',
      );
    }
    console.log(`\n== Static asset ${asset} (same server) ==`);
    console.log(summary(staticRun) + `, non-2xx ${staticRun.non2xx}`);
    console.log(`ratio mixed/static: ${(mixed.requests.average / staticRun.requests.average).toFixed(2)} of the static throughput, p50 ×${(mixed.latency.p50 / Math.max(staticRun.latency.p50, 0.01)).toFixed(1)}`);

    // Durability: every acknowledged write must be in the database the server wrote to.
    let lost = 0;
    const target = { remote: false, persistTo: server.stateDir };
    const found = new Set<string>();
    for (let i = 0; i < registeredIds.length; i += 200) {
      const ids = registeredIds.slice(i, i + 200).map((r) => `'${r.id.replace(/'/g, "''")}'`).join(',');
      for (const row of runD1<{ id: string }>(target, `SELECT id FROM listings WHERE id IN (${ids})`)) found.add(row.id);
    }
    const missingRegistrations = registeredIds.filter((r) => !found.has(r.id));
    lost += missingRegistrations.length;
    const finals = new Map(
      runD1<{ id: string; status: string; status_until: string | null }>(
        target,
        `SELECT id, status, status_until FROM listings WHERE id IN (${sessions.map((s) => `'${s.listingId}'`).join(',')})`,
      ).map((row) => [row.id, row]),
    );
    let statusChecked = 0;
    for (const session of sessions) {
      const writes = statusWrites.get(session.listingId) ?? [];
      const lastAcked = writes.map((w) => w.acked).lastIndexOf(true);
      if (lastAcked < 0) continue;
      statusChecked++;
      // The acknowledged write, or a later one whose answer never came (a timeout may still land).
      const acceptable = writes.slice(lastAcked).filter((w, i) => i === 0 || w.acked === null).map((w) => w.until);
      const row = finals.get(session.listingId);
      if (!row || row.status !== 'temporarily_closed' || !acceptable.includes(row.status_until ?? '')) {
        lost++;
        console.log(`  status of ${session.listingId}: expected until ${acceptable.join(' or ')}, found ${row ? `${row.status} ${row.status_until}` : 'no row'}`);
      }
    }
    for (const missing of missingRegistrations.slice(0, 10)) console.log(`  registration ${missing.id} (${missing.slug}) acknowledged but not found`);
    console.log(`\n== Durability ==`);
    console.log(`registrations acknowledged: ${registeredIds.length}, found in D1: ${registeredIds.length - missingRegistrations.length}`);
    console.log(`listings with acknowledged status updates: ${statusChecked}, final status matches the last acknowledged write: ${statusChecked - (lost - missingRegistrations.length)}`);
    console.log(`lost writes: ${lost}`);
    process.exitCode = lost === 0 ? 0 : 1;
  } finally {
    await server.stop();
  }
}

await main();
