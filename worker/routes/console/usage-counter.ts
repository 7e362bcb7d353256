import { createMiddleware } from 'hono/factory';
import { prepareUsageIncrement, type UsageMetric } from '../../db/stats-counters.ts';
import type { AppEnv } from '../../env.ts';

/** Which public answers count as what: a text search, a listing opened, a map area loaded. */
function metricOf(method: string, path: string, query: URLSearchParams): UsageMetric | null {
  if (method !== 'GET') return null;
  if (path === '/api/v1/listings') return query.get('q') ? 'search' : 'map_view';
  if (/^\/api\/v1\/listings\/[0-9a-z]{1,32}$/.test(path)) return 'listing_view';
  return null;
}

/**
 * Counts successful public reads per tenant and day for the console's statistics. The write runs
 * after the answer is sent and its failure is ignored: counting must never slow or break a page.
 */
export const countPublicUse = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const url = new URL(c.req.url);
  const metric = metricOf(c.req.method, url.pathname, url.searchParams);
  const tenant = c.get('tenant');
  if (!metric || !tenant || c.res.status !== 200) return;
  const write = prepareUsageIncrement(c.env.DB, tenant.id, metric, new Date()).run().catch(() => undefined);
  try {
    c.executionCtx.waitUntil(write);
  } catch {
    await write;
  }
});
