import { createMiddleware } from 'hono/factory';
import { tenantLookup, tenantOf, type Tenant } from '../db/tenants.ts';
import type { AppEnv } from '../env.ts';
import { isDevelopment } from '../deployment/environment.ts';
import { ApiProblem } from '../errors.ts';

export { isBareLoopback } from '../deployment/environment.ts';

export function hostnameOf(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.split(':')[0] ?? '';
}

/** `<slug>.localhost` names are local by construction: development alone resolves them. */
export function allowsDevHosts(env: { ENVIRONMENT: string }): boolean {
  return isDevelopment(env);
}

/**
 * A tenant is found from its configured hostnames; in development `<slug>.localhost` also
 * works, since browsers and curl send every *.localhost name to the loopback address.
 */
export async function resolveTenant(db: D1Database, hostname: string, allowDevHosts: boolean): Promise<Tenant | null> {
  return tenantOf(await tenantLookup(db, hostname, allowDevHosts).all());
}

export const requireTenant = createMiddleware<AppEnv>(async (c, next) => {
  // A public read found it already, from the isolate's memory (see public-read-tenant.ts).
  if (c.var.tenant) return next();
  const hostname = hostnameOf(c.req.header('host') ?? new URL(c.req.url).host);
  const tenant = await resolveTenant(c.env.DB, hostname, allowsDevHosts(c.env));
  if (!tenant) throw new ApiProblem(404, 'unknown_tenant', 'tenant.unknown');
  c.set('tenant', tenant);
  await next();
});
