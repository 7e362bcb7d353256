import { IMPORT_FIELDS, type ImportField, type RawImportRow } from '#schema/console/import.ts';

export type ColumnMapping = Partial<Record<ImportField, string>>;

/** Column names CCIs' files commonly use for each field, compared without case, accents or punctuation. */
const SYNONYMS: Record<ImportField, string[]> = {
  name: ['name', 'nom', 'raisonsociale', 'enseigne', 'denomination'],
  category: ['category', 'categorie', 'type', 'activite'],
  address: ['address', 'adresse', 'rue', 'voie'],
  postcode: ['postcode', 'codepostal', 'cp', 'zip'],
  commune: ['commune', 'ville', 'city', 'localite'],
  communeInsee: ['communeinsee', 'insee', 'codeinsee', 'codecommune', 'citycode'],
  lat: ['lat', 'latitude', 'y'],
  lng: ['lng', 'lon', 'long', 'longitude', 'x'],
  openingHours: ['openinghours', 'horaires', 'hours', 'horairesosm'],
  publicHolidays: ['publicholidays', 'joursferies', 'feries', 'holidays'],
  services: ['services', 'service'],
  status: ['status', 'statut', 'etat'],
  phone: ['phone', 'telephone', 'tel'],
  email: ['email', 'mail', 'courriel'],
  website: ['website', 'siteweb', 'site', 'url', 'web'],
  siret: ['siret'],
};

const simplify = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

export function guessMapping(columns: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const field of IMPORT_FIELDS) {
    const column = columns.find((c) => SYNONYMS[field].includes(simplify(c)));
    if (column) mapping[field] = column;
  }
  return mapping;
}

export function mapRow(source: Record<string, string>, mapping: ColumnMapping): RawImportRow {
  const row: RawImportRow = {};
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column) row[field] = source[column] ?? '';
  }
  return row;
}
