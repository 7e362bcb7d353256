import type { Commune } from '../communes/index.ts';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-'’]/g, ' ');

/** By postcode prefix, or by name: the name's start first, then a word's start. */
export function searchCommunes(communes: readonly Commune[], query: string, limit = 6): Commune[] {
  const wanted = fold(query.trim());
  if (wanted.length < 2) return [];
  const score = (c: Commune) => {
    if (/^\d+$/.test(wanted)) return c.postcode.startsWith(wanted) ? 0 : null;
    const name = fold(c.name);
    if (name.startsWith(wanted)) return 1;
    if (name.includes(` ${wanted}`)) return 2;
    return null;
  };
  return communes
    .map((commune) => ({ commune, rank: score(commune) }))
    .filter((hit): hit is { commune: Commune; rank: number } => hit.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.commune.name.localeCompare(b.commune.name, 'fr'))
    .slice(0, limit)
    .map((hit) => hit.commune);
}
