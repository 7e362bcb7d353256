import communesUrl from '../../../seed/data/communes.json?url';
import type { Commune } from './commune-geocoder.ts';
import { lazyGeocoder, withFallback, type Geocoder } from './geocoder.ts';

export type { Geocoder, Place } from './geocoder.ts';
export { ZOOM_FOR } from './geocoder.ts';

/**
 * The communes come as a static file fetched on first use, not in the bundle: the first load
 * stays light, and the service worker precaches it so that the fallback also works offline.
 */
async function tenantCommunes(slug: string): Promise<Commune[]> {
  const response = await fetch(communesUrl);
  if (!response.ok) throw new Error(`communes: HTTP ${response.status}`);
  const byTenant = (await response.json()) as Record<string, Commune[]>;
  return byTenant[slug] ?? [];
}

export function localGeocoder(slug: string): Geocoder {
  return lazyGeocoder(async () => (await import('./commune-geocoder.ts')).communeGeocoder(() => tenantCommunes(slug)));
}

/** The national address geocoder first; the tenant's own communes when it cannot be reached. */
export function tenantGeocoder(tenant: { slug: string; map: { centre: { lat: number; lng: number } } }): Geocoder {
  const national = lazyGeocoder(async () => (await import('./ban-geocoder.ts')).banGeocoder(tenant.map.centre));
  return withFallback(national, localGeocoder(tenant.slug));
}
