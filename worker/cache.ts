import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { AppEnv } from './env.ts';

import { EDGE_CACHE_SECONDS } from './cache-age.ts';

export { EDGE_CACHE_SECONDS, listingsMaxAge } from './cache-age.ts';

export function edgeCacheSeconds(env: { EDGE_CACHE_SECONDS?: string }): number {
  const seconds = Number(env.EDGE_CACHE_SECONDS ?? EDGE_CACHE_SECONDS);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : EDGE_CACHE_SECONDS;
}

/** An answer to cache, and for how long it stays right (0: not at all). */
export type Cacheable<T extends object = object> = { body: T; maxAge: number };

/** A cached answer as the typed client sees it: the body's shape, so the web typechecks against it. */
type CachedAnswer<T> = Response & TypedResponse<JSONParsed<T>, 200, 'json'>;

// The bytes come from the cache or from JSON.stringify of that very body, so the shape holds.
const asCachedAnswer = <T,>(response: Response) => response as CachedAnswer<T>;

const BROWSER_CACHE_CONTROL = 'no-cache';

/**
 * Serves a public GET answer from the edge cache (Cache API), shared by every visitor of the
 * tenant asking the same normalised query, without reaching D1. An answer is kept for the age
 * it says (at most `EDGE_CACHE_SECONDS`): a write shows to everyone within that age, and at
 * once to its writer, whose reads pass the cache (see d1-session.ts). Browsers are told to ask
 * again each time, so that a writer's own browser does not keep an older answer.
 */
export async function withEdgeCache<T extends object>(c: Context<AppEnv>, normalisedQuery: string, answer: () => Promise<Cacheable<T>>): Promise<CachedAnswer<T>> {
  const cost = c.get('cost');
  if (c.var.readsOwnWrites) {
    const { body } = await answer();
    cost.cache = 'bypass';
    c.header('cache-control', 'private, no-store');
    c.header('x-vitrine-cache', 'bypass');
    return asCachedAnswer<T>(c.json(body));
  }
  const url = new URL(c.req.url);
  const key = new Request(`https://edge-cache.vitrine.internal/t${c.get('tenant').id}${url.pathname}?${normalisedQuery}`);
  const cache = caches.default;
  const hit = await cache.match(key);
  if (hit) {
    cost.cache = 'hit';
    const response = new Response(hit.body, hit);
    response.headers.set('x-vitrine-cache-max-age', /max-age=(\d+)/.exec(hit.headers.get('cache-control') ?? '')?.[1] ?? '0');
    response.headers.set('cache-control', BROWSER_CACHE_CONTROL);
    response.headers.set('x-vitrine-cache', 'hit');
    return asCachedAnswer<T>(response);
  }
  const { body, maxAge } = await answer();
  cost.cache = 'miss';
  const text = JSON.stringify(body);
  const seconds = Math.min(maxAge, edgeCacheSeconds(c.env));
  if (seconds > 0) {
    await cache.put(key, new Response(text, { headers: { 'content-type': 'application/json', 'cache-control': `public, max-age=${seconds}` } }));
  }
  return asCachedAnswer<T>(
    new Response(text, {
      headers: { 'content-type': 'application/json', 'cache-control': BROWSER_CACHE_CONTROL, 'x-vitrine-cache': 'miss', 'x-vitrine-cache-max-age': String(seconds) },
    }),
  );
}

/** The instant an answer is computed for when none is asked: the minute, so cached answers agree. */
export function currentMinute(now = Date.now()): Date {
  return new Date(Math.floor(now / 60_000) * 60_000);
}
