import { createMiddleware } from 'hono/factory';
import { findTenantByHost, findTenantBySlug, type Tenant } from '../db/tenants.ts';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function hostnameOf(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.split(':')[0] ?? '';
}

export function allowsDevHosts(env: { ENVIRONMENT: string }): boolean {
  return env.ENVIRONMENT !== 'production';
}

export function isBareLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

/**
 * A tenant is found from its configured hostnames; outside production `<slug>.localhost` also
 * works, since browsers and curl send every *.localhost name to the loopback address.
 */
export async function resolveTenant(db: D1Database, hostname: string, allowDevHosts: boolean): Promise<Tenant | null> {
  if (allowDevHosts && hostname.endsWith('.localhost')) {
    const slug = hostname.slice(0, -'.localhost'.length);
    return findTenantBySlug(db, slug);
  }
  return findTenantByHost(db, hostname);
}

export const requireTenant = createMiddleware<AppEnv>(async (c, next) => {
  const hostname = hostnameOf(c.req.header('host') ?? new URL(c.req.url).host);
  const tenant = await resolveTenant(c.env.DB, hostname, allowsDevHosts(c.env));
  if (!tenant) throw new ApiProblem(404, 'unknown_tenant', 'tenant.unknown');
  c.set('tenant', tenant);
  await next();
});
