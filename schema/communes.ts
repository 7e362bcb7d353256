/** A commune as the app ships it (`web/public/communes/<département>.json`): its GeoNames centre. */
export type Commune = { insee: string; name: string; postcode: string; lat: number; lng: number };

/** A département's code as INSEE writes it: 01–95 (2A and 2B for Corsica, no 20), 971–978 and 984–989 overseas. */
export const DEPARTEMENT_PATTERN = /^(?:0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-8]|98[46-9])$/;

/**
 * The département of an INSEE commune code: its first two characters (2A and 2B for Corsica),
 * three for the overseas ones (971 Guadeloupe… 988 New Caledonia), whose codes start with 97 or 98.
 */
export function departementOf(insee: string): string {
  return /^9[78]/.test(insee) ? insee.slice(0, 3) : insee.slice(0, 2);
}

/** The départements a list of communes spans, each once, in code order. */
export function departementsOf(insee: readonly string[]): string[] {
  return [...new Set(insee.map(departementOf))].sort();
}

/**
 * The commune a municipal arrondissement belongs to (Paris 75101–75120, Marseille 13201–13216,
 * Lyon 69381–69389), or null for any other code: a territory that lists Marseille (13055) holds
 * its arrondissements, which carry the places in the shipped files.
 */
export function parentCommune(insee: string): string | null {
  if (/^751(?:0[1-9]|1[0-9]|20)$/.test(insee)) return '75056';
  if (/^132(?:0[1-9]|1[0-6])$/.test(insee)) return '13055';
  if (/^6938[1-9]$/.test(insee)) return '69123';
  return null;
}

/** Whether a commune is in a territory given as INSEE codes; an empty list holds every commune. */
export function inTerritory(insee: string, territory: ReadonlySet<string>): boolean {
  if (territory.size === 0 || territory.has(insee)) return true;
  const parent = parentCommune(insee);
  return parent !== null && territory.has(parent);
}
