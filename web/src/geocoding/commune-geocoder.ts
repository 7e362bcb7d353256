import type { Commune } from '#schema/communes.ts';
import { searchCommunes } from '../communes/search.ts';
import { GEOCODER_RESULTS, type Geocoder, type Place } from './geocoder.ts';

/** Searches the tenant's communes shipped with the app: the answer when the national geocoder cannot be reached. */
export function communeGeocoder(loadCommunes: () => Promise<readonly Commune[]>): Geocoder {
  let communes: Promise<readonly Commune[]> | null = null;
  return {
    async search(query) {
      communes ??= loadCommunes();
      return searchCommunes(await communes, query, GEOCODER_RESULTS).map(
        (commune): Place => ({ label: commune.name, context: commune.postcode, lat: commune.lat, lng: commune.lng, kind: 'commune' }),
      );
    },
  };
}
