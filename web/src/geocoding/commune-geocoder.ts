import type { Commune } from '#schema/communes.ts';
import { GEOCODER_RESULTS, type Geocoder, type Place } from './geocoder.ts';
import { normaliseName } from './normalise.ts';

type Indexed = Commune & { key: string };

/** Lower is better: the whole name, then its start, then the start of a word, then anywhere. */
function rank(commune: Indexed, query: string): number | null {
  if (/^\d{2,5}$/.test(query)) return commune.postcode.startsWith(query) ? 0 : null;
  if (commune.key === query) return 0;
  if (commune.key.startsWith(query)) return 1;
  if (commune.key.includes(` ${query}`)) return 2;
  if (commune.key.includes(query)) return 3;
  return null;
}

/** Searches the tenant's communes shipped with the app: the answer when the national geocoder cannot be reached. */
export function communeGeocoder(loadCommunes: () => Promise<readonly Commune[]>): Geocoder {
  let indexed: Promise<Indexed[]> | null = null;
  return {
    async search(query) {
      indexed ??= loadCommunes().then((communes) => communes.map((c) => ({ ...c, key: normaliseName(c.name) })));
      const wanted = normaliseName(query);
      if (!wanted) return [];
      return (await indexed)
        .map((commune) => ({ commune, score: rank(commune, wanted) }))
        .filter((hit): hit is { commune: Indexed; score: number } => hit.score !== null)
        .sort((a, b) => a.score - b.score || a.commune.name.localeCompare(b.commune.name, 'fr'))
        .slice(0, GEOCODER_RESULTS)
        .map(({ commune }): Place => ({ label: commune.name, context: commune.postcode, lat: commune.lat, lng: commune.lng, kind: 'commune' }));
    },
  };
}
