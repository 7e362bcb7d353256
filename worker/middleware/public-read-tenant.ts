import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { tenantLookup, tenantOf } from '../db/tenants.ts';
import type { Tenant } from '../tenant.ts';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { allowsDevHosts, requestHostname, resolveTenant } from './tenant.ts';

/**
 * Tenants as this isolate last read them, by hostname. A public read takes its tenant from here
 * without asking D1, and its batch reads the tenant's row again alongside the query
 * (`batchWithTenant`): a changed, moved or disabled tenant is seen by the next read that reaches
 * D1, at no extra round trip; a cached answer lives no longer than the cache's stated age.
 */
const knownTenants = new Map<string, Tenant>();
/** Hostnames are few (one or two per CCI); the bound only guards against made-up Host headers. */
const KNOWN_TENANTS_MAX = 1000;

function remember(hostname: string, tenant: Tenant): void {
  if (knownTenants.size >= KNOWN_TENANTS_MAX) knownTenants.clear();
  knownTenants.set(hostname, tenant);
}

/** For public GETs: the tenant from the isolate's memory, or from D1 once and then remembered. */
export const publicReadTenant = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
  const hostname = requestHostname(c);
  const tenant = knownTenants.get(hostname) ?? (await resolveTenant(c.env.DB, hostname, allowsDevHosts(c.env)));
  // Unknown: requireTenant answers 404 as for any other route.
  if (tenant) {
    remember(hostname, tenant);
    c.set('tenant', tenant);
  }
  await next();
});

const same = (a: Tenant, b: Tenant) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Runs a public read's statements in one D1 batch, one round trip, with the tenant's own row
 * read alongside. When that row differs from the tenant the statements were built with (the
 * console changed a setting), the batch runs once more with the fresh one; when the tenant is
 * gone or disabled, the answer is 404, as it would have been from D1.
 */
export type TenantRead<T> = { statements: D1PreparedStatement[]; answer(results: readonly D1Result[]): T | Promise<T> };

export async function batchWithTenant<T>(c: Context<AppEnv>, read: (tenant: Tenant) => TenantRead<T>): Promise<T> {
  const hostname = requestHostname(c);
  let tenant = c.get('tenant');
  for (let attempt = 0; ; attempt++) {
    const { statements, answer } = read(tenant);
    const [own, ...results] = await c.env.DB.batch([tenantLookup(c.env.DB, hostname, allowsDevHosts(c.env)), ...statements]);
    const fresh = own ? tenantOf(own) : null;
    if (!fresh) {
      knownTenants.delete(hostname);
      throw new ApiProblem(404, 'unknown_tenant', 'tenant.unknown');
    }
    if (same(fresh, tenant) || attempt > 0) return answer(results);
    remember(hostname, fresh);
    c.set('tenant', fresh);
    tenant = fresh;
  }
}
