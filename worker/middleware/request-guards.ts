import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { servicesFor } from '../services/index.ts';
import { checkWriteLimits, type WriteBudget } from '../services/rate-limit.ts';

/** Cloudflare sets this header itself: a client cannot pick its own address. */
export function clientIp(c: Context<AppEnv>): string {
  return c.req.header('cf-connecting-ip') ?? 'unknown';
}

/** A write spends its budget's allowance (rate-limit.ts); over the limit: 429 with Retry-After. */
export function limitWrites(budget: WriteBudget) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const result = await checkWriteLimits(servicesFor(c.env).writeLimits, budget, clientIp(c), c.get('tenant').id);
    if (!result.allowed) {
      // Set before throwing: the error handler answers through this same context.
      c.header('Retry-After', String(result.retryAfterSeconds));
      throw new ApiProblem(429, 'rate_limited', 'rate.limited');
    }
    await next();
  });
}

/**
 * Cookie-authenticated writes must come from a page of this very host. Browsers send
 * Sec-Fetch-Site, or at least Origin, with every POST/PUT/DELETE and a page cannot forge either;
 * a request with neither is not from a browser page of ours and is refused.
 */
export const requireSameOrigin = createMiddleware<AppEnv>(async (c, next) => {
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  const url = new URL(c.req.url);
  // Scheme and host both: a page served over plain http is not the https site, whatever its name.
  const ours = `${url.protocol}//${c.req.header('host') ?? url.host}`.toLowerCase();
  const refused =
    (site === undefined && origin === undefined) ||
    (site !== undefined && site !== 'same-origin') ||
    (origin !== undefined && originOf(origin) !== ours);
  if (refused) throw new ApiProblem(403, 'cross_site', 'self_service.csrf');
  await next();
});

function originOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return `${url.protocol}//${url.host}`.toLowerCase();
  } catch {
    return null;
  }
}
