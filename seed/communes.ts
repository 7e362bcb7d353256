/**
 * France's communes for the tools that run in Node (the build of the shipped files, the demo
 * seed, `npm run tenant -- create --departements`): the Etalab administrative division from
 * `@etalab/decoupage-administratif` (a development dependency, read only here), and the files
 * the app ships with their coordinates (`web/public/communes/`, built by build-communes.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Commune } from '#schema/communes.ts';

export type EtalabCommune = {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'arrondissement-municipal';
  departement: string;
  region: string;
  arrondissement?: string;
  codesPostaux?: string[];
  population?: number;
};

export const COMMUNES_DIR = new URL('../web/public/communes/', import.meta.url);

let etalab: EtalabCommune[] | null = null;

/** Current communes and the municipal arrondissements of Paris, Lyon and Marseille, in Etalab's order. */
export function etalabCommunes(): readonly EtalabCommune[] {
  if (!etalab) {
    const rows: Array<Omit<EtalabCommune, 'type'> & { type: string }> = createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json');
    etalab = rows.filter((row): row is EtalabCommune => row.type === 'commune-actuelle' || row.type === 'arrondissement-municipal');
  }
  return etalab;
}

/** The INSEE codes of every current commune of these départements: a territory's list. */
export function communesOfDepartements(departements: readonly string[], belongs: (commune: EtalabCommune) => boolean = () => true): string[] {
  const wanted = new Set(departements);
  return etalabCommunes()
    .filter((c) => c.type === 'commune-actuelle' && wanted.has(c.departement) && belongs(c))
    .map((c) => c.code);
}

/**
 * A territory's main town: its most populated current commune (Marseille for Aix-Marseille-Provence,
 * Lorient for the Morbihan), or '' for an empty territory. Staff can name another in the console.
 */
export function mainTownOf(territory: readonly string[]): string {
  const codes = new Set(territory);
  let best: EtalabCommune | null = null;
  for (const commune of etalabCommunes()) {
    if (commune.type === 'commune-actuelle' && codes.has(commune.code) && (commune.population ?? 0) > (best?.population ?? -1)) best = commune;
  }
  return best?.nom ?? '';
}

/** The communes the app ships for a département: those GeoNames places. */
export function shippedCommunes(departement: string): Commune[] {
  return JSON.parse(readFileSync(new URL(`${departement}.json`, COMMUNES_DIR), 'utf8')) as Commune[];
}

/** A territory's box: its communes' centres plus a margin for the businesses around them. */
export function boundsAround(points: ReadonlyArray<{ lat: number; lng: number }>, margin = 0.05) {
  return {
    west: Math.min(...points.map((p) => p.lng)) - margin,
    south: Math.min(...points.map((p) => p.lat)) - margin,
    east: Math.max(...points.map((p) => p.lng)) + margin,
    north: Math.max(...points.map((p) => p.lat)) + margin,
  };
}
