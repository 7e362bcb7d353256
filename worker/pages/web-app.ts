import type { Context } from 'hono';
import { isAppPath } from '#schema/app-paths.ts';
import { listActiveTenants } from '../db/tenants.ts';
import type { AppEnv } from '../env.ts';
import { isBareLoopback } from '../deployment/environment.ts';
import { allowsDevHosts, requestHostname, tenantOfRequest } from '../middleware/tenant.ts';
import { renderListingPage } from './listing-page.ts';
import { tenantDirectoryPage, unknownTenantPage } from './tenant-directory.ts';

/** Everything that is not the API is the web app of the tenant the host belongs to. */
export async function webAppPage(c: Context<AppEnv>): Promise<Response> {
  const url = new URL(c.req.url);
  const hostname = requestHostname(c);
  if (allowsDevHosts(c.env) && isBareLoopback(hostname) && url.pathname === '/') {
    return c.html(tenantDirectoryPage(await listActiveTenants(c.env.DB), url));
  }
  // Unlike the API, an unknown host gets a page a person can read rather than a 404 in JSON.
  const tenant = await tenantOfRequest(c);
  if (!tenant) return c.html(unknownTenantPage(hostname), 404);
  c.set('tenant', tenant);
  const listingPage = await renderListingPage(c, tenant);
  if (listingPage) return listingPage;
  const asset = await c.env.ASSETS.fetch(c.req.raw);
  return isAppPath(url.pathname) ? asset : notFoundWhenShell(asset);
}

/**
 * A path with no file and no page gets the app shell, which shows "page not found": the status
 * says so too, so that search engines and link checkers do not keep the mistyped address.
 */
function notFoundWhenShell(asset: Response): Response {
  if (!asset.ok || !asset.headers.get('content-type')?.startsWith('text/html')) return asset;
  return new Response(asset.body, { status: 404, headers: asset.headers });
}
