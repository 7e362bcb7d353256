import type { PublicTenant } from '#schema/tenant.ts';
import { loadTenantCommunes } from '../communes/load.ts';
import { lazyGeocoder, withFallback, type Geocoder } from './geocoder.ts';

export type { Geocoder, Place } from './geocoder.ts';
export { ZOOM_FOR } from './geocoder.ts';

/** The tenant's communes, searched in the browser: no service needed, offline included. */
export function localGeocoder(tenant: Pick<PublicTenant, 'territory'>): Geocoder {
  return lazyGeocoder(async () => (await import('./commune-geocoder.ts')).communeGeocoder(() => loadTenantCommunes(tenant)));
}

/** The national address geocoder first; the tenant's own communes when it cannot be reached. */
export function tenantGeocoder(tenant: Pick<PublicTenant, 'map' | 'territory'>): Geocoder {
  const national = lazyGeocoder(async () => (await import('./ban-geocoder.ts')).banGeocoder(tenant.map.centre));
  return withFallback(national, localGeocoder(tenant));
}
