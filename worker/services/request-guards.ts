import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { ApiProblem, errorBody } from '../errors.ts';
import { servicesFor } from './index.ts';
import { checkWriteLimits } from './rate-limit.ts';

/** Cloudflare sets this header itself: a client cannot pick its own address. */
export function clientIp(c: Context<AppEnv>): string {
  return c.req.header('cf-connecting-ip') ?? 'unknown';
}

/** Every write counts against the client's address and the tenant; over the limit: 429. */
export const limitWrites = createMiddleware<AppEnv>(async (c, next) => {
  const result = await checkWriteLimits(servicesFor(c.env).writeLimits, clientIp(c), c.get('tenant').id);
  if (!result.allowed) {
    c.header('Retry-After', String(result.retryAfterSeconds));
    return c.json(errorBody(c, new ApiProblem(429, 'rate_limited', 'rate.limited')), 429);
  }
  await next();
});

/**
 * Cookie-authenticated writes must come from a page of this very host. Browsers send
 * Sec-Fetch-Site, or at least Origin, with every POST/PUT/DELETE and a page cannot forge either;
 * a request with neither is not from a browser page of ours and is refused.
 */
export const requireSameOrigin = createMiddleware<AppEnv>(async (c, next) => {
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  const host = c.req.header('host') ?? new URL(c.req.url).host;
  const refused =
    (site === undefined && origin === undefined) ||
    (site !== undefined && site !== 'same-origin') ||
    (origin !== undefined && originHost(origin) !== host);
  if (refused) throw new ApiProblem(403, 'cross_site', 'self_service.csrf');
  await next();
});

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
