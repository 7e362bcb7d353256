/** A place the map can move to: an address, a street or a commune. */
export type Place = {
  label: string;
  /** Postcode and commune, or département: what tells two places of the same name apart. */
  context: string;
  lat: number;
  lng: number;
  kind: 'address' | 'street' | 'locality' | 'commune';
  /** For an address or a street: what a form needs to store it (INSEE code included). */
  address?: { street: string; postcode: string; commune: string; insee: string };
};

/** The small interface every geocoder implements, so the page never knows which one answered. */
export interface Geocoder {
  search(query: string, signal?: AbortSignal): Promise<Place[]>;
}

/** How close the map comes for each kind of place. */
export const ZOOM_FOR: Record<Place['kind'], number> = { address: 17, street: 16, locality: 15, commune: 13 };

export const GEOCODER_RESULTS = 5;

/** Tries the first geocoder and answers from the second when it fails (offline, outage, timeout). */
export function withFallback(primary: Geocoder, fallback: Geocoder): Geocoder {
  return {
    async search(query, signal) {
      try {
        return await primary.search(query, signal);
      } catch (error) {
        if (signal?.aborted) throw error;
        return fallback.search(query, signal);
      }
    },
  };
}

/** A geocoder whose code is fetched on the first search: most visits never search a place. */
export function lazyGeocoder(load: () => Promise<Geocoder>): Geocoder {
  let loaded: Promise<Geocoder> | null = null;
  return {
    async search(query, signal) {
      loaded ??= load();
      return (await loaded).search(query, signal);
    },
  };
}
