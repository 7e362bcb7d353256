import { createMiddleware } from 'hono/factory';
import { prepareUsageIncrements, type UsageCount, type UsageMetric } from '../db/stats-counters.ts';
import type { AppEnv } from '../env.ts';

/** Which public answers count as what: a text search, a listing opened, a map area loaded. */
function metricOf(method: string, path: string, query: URLSearchParams): UsageMetric | null {
  if (method !== 'GET') return null;
  if (path === '/api/v1/listings') return query.get('q') ? 'search' : 'map_view';
  if (/^\/api\/v1\/listings\/[0-9a-z]{1,32}$/.test(path)) return 'listing_view';
  return null;
}

/**
 * Uses this isolate has answered from the edge cache and not written yet, by tenant, then by
 * `metric|day`. Bounded by tenants × three metrics × the days an isolate lives through.
 */
const pending = new Map<number, Map<string, UsageCount>>();

function add(tenantId: number, metric: UsageMetric, day: string, n = 1): void {
  const counts = pending.get(tenantId) ?? new Map<string, UsageCount>();
  pending.set(tenantId, counts);
  const key = `${metric}|${day}`;
  const count = counts.get(key);
  if (count) count.n += n;
  else counts.set(key, { metric, day, n });
}

function takePending(tenantId: number): UsageCount[] {
  const counts = [...(pending.get(tenantId)?.values() ?? [])];
  pending.delete(tenantId);
  return counts;
}

/** A write that failed gives its counts back, so the next one carries them. */
function giveBack(tenantId: number, counts: readonly UsageCount[]): void {
  for (const { metric, day, n } of counts) add(tenantId, metric, day, n);
}

/**
 * Counts successful public reads per tenant and day for the console's statistics. A cache hit
 * must cost no D1 statement: its use is held in the isolate and written with the tenant's next
 * answer that reached D1 anyway, in one statement after that answer is sent. A failed write is
 * ignored (counting must never slow or break a page) and its counts kept for the next one. Uses
 * held by an isolate that is evicted before its next miss are lost: the statistics are a
 * trend, not a bill.
 */
export const countPublicUse = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const url = new URL(c.req.url);
  const metric = metricOf(c.req.method, url.pathname, url.searchParams);
  const tenant = c.get('tenant');
  if (!metric || !tenant || c.res.status !== 200) return;
  add(tenant.id, metric, new Date().toISOString().slice(0, 10));
  if (c.get('cost').cache === 'hit') return;
  const counts = takePending(tenant.id);
  const write = prepareUsageIncrements(c.env.DB, tenant.id, counts)
    .run()
    .then(
      () => undefined,
      () => giveBack(tenant.id, counts),
    );
  try {
    c.executionCtx.waitUntil(write);
  } catch {
    await write;
  }
});
