import type { Commune } from '#schema/communes.ts';
import { normaliseName } from '../geocoding/normalise.ts';

/** Lower is better: the whole name, then its start, then the start of a word, then anywhere. */
function rank(name: string, postcode: string, query: string): number | null {
  if (/^\d{2,5}$/.test(query)) return postcode.startsWith(query) ? 0 : null;
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(` ${query}`)) return 2;
  if (name.includes(query)) return 3;
  return null;
}

/**
 * The tenant's communes matching what was typed, by postcode prefix or by name, typed the way
 * people type place names (no accents, "st" for "saint"), best first.
 */
export function searchCommunes(communes: readonly Commune[], query: string, limit: number): Commune[] {
  const wanted = normaliseName(query);
  if (wanted.length < 2) return [];
  return communes
    .map((commune) => ({ commune, score: rank(normaliseName(commune.name), commune.postcode, wanted) }))
    .filter((hit): hit is { commune: Commune; score: number } => hit.score !== null)
    .sort((a, b) => a.score - b.score || a.commune.name.localeCompare(b.commune.name, 'fr'))
    .slice(0, limit)
    .map((hit) => hit.commune);
}
