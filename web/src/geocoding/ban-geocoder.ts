import { GEOCODER_RESULTS, type Geocoder, type Place } from './geocoder.ts';

/**
 * The national address base (BAN) through IGN's Géoplateforme geocoding service:
 * `GET https://data.geopf.fr/geocodage/search?q=…&limit=…[&lat=…&lon=…]`, answering GeoJSON
 * whose features carry `label`, `type` (housenumber, street, locality, municipality),
 * `postcode`, `city` and `context` ("13, Bouches-du-Rhône, Provence-Alpes-Côte d'Azur").
 * `lat`/`lon` rank results near the territory first. The service allows 50 requests per second
 * per IP and answers 429 beyond: a failure of any kind lets the local fallback answer.
 */
export const GEOPLATEFORME_SEARCH_URL = 'https://data.geopf.fr/geocodage/search';
const TIMEOUT_MS = 4000;

type BanFeature = {
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { label: string; type: string; name?: string; postcode?: string; city?: string; citycode?: string; context?: string };
};

const KINDS: Record<string, Place['kind']> = { housenumber: 'address', street: 'street', locality: 'locality', municipality: 'commune' };

export function toPlace(feature: BanFeature): Place | null {
  const kind = KINDS[feature.properties.type];
  const [lng, lat] = feature.geometry?.coordinates ?? [];
  if (!kind || typeof lat !== 'number' || typeof lng !== 'number') return null;
  const { postcode, city, context } = feature.properties;
  const where = kind === 'commune' ? [postcode, context?.split(',').slice(1, 2).join('').trim()] : [postcode, city];
  const { name, citycode } = feature.properties;
  const address = (kind === 'address' || kind === 'street') && name && postcode && city && citycode ? { street: name, postcode, commune: city, insee: citycode } : undefined;
  return { label: feature.properties.label, context: where.filter(Boolean).join(' '), lat, lng, kind, ...(address ? { address } : {}) };
}

export function banGeocoder(near: { lat: number; lng: number }, fetchImpl: typeof fetch = fetch): Geocoder {
  return {
    async search(query, signal) {
      const url = new URL(GEOPLATEFORME_SEARCH_URL);
      url.searchParams.set('q', query);
      url.searchParams.set('limit', String(GEOCODER_RESULTS));
      url.searchParams.set('lat', near.lat.toFixed(4));
      url.searchParams.set('lon', near.lng.toFixed(4));
      const timeout = AbortSignal.timeout(TIMEOUT_MS);
      const response = await fetchImpl(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      if (!response.ok) throw new Error(`Géoplateforme answered ${response.status}`);
      const body = (await response.json()) as { features?: BanFeature[] };
      return (body.features ?? []).map(toPlace).filter((place): place is Place => place !== null);
    },
  };
}
