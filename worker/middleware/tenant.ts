import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { tenantLookup, tenantOf } from '../db/tenants.ts';
import type { Tenant } from '../tenant.ts';
import type { AppEnv } from '../env.ts';
import { isDevelopment } from '../deployment/environment.ts';
import { ApiProblem } from '../errors.ts';

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

/** The hostname the request was sent to, as tenants' hosts are written. */
export function requestHostname(c: Context<AppEnv>): string {
  return hostnameOf(c.req.header('host') ?? new URL(c.req.url).host);
}

/** The tenant the request's host belongs to, or null. */
export async function tenantOfRequest(c: Context<AppEnv>): Promise<Tenant | null> {
  // A public read found it already, from the isolate's memory (see public-read-tenant.ts).
  return c.var.tenant ?? (await resolveTenant(c.env.DB, requestHostname(c), allowsDevHosts(c.env)));
}

export const requireTenant = createMiddleware<AppEnv>(async (c, next) => {
  const tenant = await tenantOfRequest(c);
  if (!tenant) throw new ApiProblem(404, 'unknown_tenant', 'tenant.unknown');
  c.set('tenant', tenant);
  await next();
});
