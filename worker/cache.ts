import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

/** Seconds an answer may be reused: it is keyed by data version, so only "open now" ages. */
export const EDGE_CACHE_SECONDS = 60;

async function dataVersion(db: D1Database, tenantId: number): Promise<number> {
  const row = await db.prepare('SELECT data_version FROM tenants WHERE id = ?1').bind(tenantId).first<{ data_version: number }>();
  return row?.data_version ?? 0;
}

/**
 * Serves a public GET answer from the edge cache (Cache API) when an identical query of the same
 * tenant was answered since its listings last changed. The key holds the tenant, its data
 * version (bumped by trigger on every listing write) and the normalised query, so a write makes
 * older answers unreachable instead of needing a purge.
 */
export async function withEdgeCache(c: Context<AppEnv>, normalisedQuery: string, answer: () => Promise<Response>): Promise<Response> {
  const tenantId = c.get('tenant').id;
  const version = await dataVersion(c.env.DB, tenantId);
  const url = new URL(c.req.url);
  const key = new Request(`https://edge-cache.vitrine.internal/t${tenantId}/v${version}${url.pathname}?${normalisedQuery}`);
  const cache = caches.default;
  const hit = await cache.match(key);
  if (hit) {
    c.get('cost').cache = 'hit';
    const response = new Response(hit.body, hit);
    response.headers.set('x-vitrine-cache', 'hit');
    return response;
  }
  const response = await answer();
  c.get('cost').cache = 'miss';
  if (response.status === 200) {
    response.headers.set('cache-control', `public, max-age=${EDGE_CACHE_SECONDS}`);
    await cache.put(key, response.clone());
  }
  response.headers.set('x-vitrine-cache', 'miss');
  return response;
}

/** The instant an answer is computed for when none is asked: the minute, so cached answers agree. */
export function currentMinute(now = Date.now()): Date {
  return new Date(Math.floor(now / 60_000) * 60_000);
}
