import type { Commune } from '#schema/communes.ts';
import type { PublicTenant } from '#schema/tenant.ts';

/**
 * The tenant's communes (see `tenantCommunes`), with the loader itself fetched on first use: the
 * map page only needs it once someone searches an address offline, and its first load has a budget.
 */
export async function loadTenantCommunes(tenant: Pick<PublicTenant, 'territory'>): Promise<Commune[]> {
  return (await import('./index.ts')).tenantCommunes(tenant);
}
