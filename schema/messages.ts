import { ACCESSIBILITY_MESSAGES } from './accessibility-messages.ts';
import { CONSOLE_MESSAGES } from './console/messages.ts';
import { CRISIS_MESSAGES } from './crisis-messages.ts';
import { OSM_MESSAGES } from './osm/messages.ts';
import { REGISTRATION_MESSAGES } from './registration-messages.ts';
import { REPORT_MESSAGES } from './report-messages.ts';
import type { Language } from './tenant.ts';

/**
 * Messages the API can send back, in every language the product speaks. The web app shows the
 * server's message as is, and uses the same table to validate forms before sending them.
 */
export const API_MESSAGES = {
  ...REPORT_MESSAGES,
  ...REGISTRATION_MESSAGES,
  ...CONSOLE_MESSAGES,
  ...CRISIS_MESSAGES,
  ...OSM_MESSAGES,
  ...ACCESSIBILITY_MESSAGES,
  'bbox.required': {
    fr: 'Indiquez la zone de la carte (bbox=ouest,sud,est,nord).',
    en: 'Give the map area (bbox=west,south,east,north).',
  },
  'bbox.format': {
    fr: 'La zone doit contenir quatre nombres séparés par des virgules : ouest,sud,est,nord.',
    en: 'The area must be four comma-separated numbers: west,south,east,north.',
  },
  'bbox.range': {
    fr: 'Les longitudes vont de -180 à 180 et les latitudes de -90 à 90.',
    en: 'Longitudes go from -180 to 180 and latitudes from -90 to 90.',
  },
  'bbox.inverted': {
    fr: "L'ouest doit être inférieur ou égal à l'est, et le sud au nord.",
    en: 'West must not exceed east, nor south exceed north.',
  },
  'category.unknown': {
    fr: "Catégorie inconnue : choisissez parmi celles proposées par le filtre.",
    en: 'Unknown category: choose one of those the filter offers.',
  },
  'service.unknown': {
    fr: 'Service inconnu : livraison (delivery), retrait (click_collect), à emporter (takeaway), drive ou rendez-vous (appointment).',
    en: 'Unknown service: delivery, click_collect, takeaway, drive or appointment.',
  },
  'open.format': { fr: 'Le filtre « ouvert » vaut 1 (ou 0).', en: 'The "open" filter is 1 (or 0).' },
  'at.format': {
    fr: 'Indiquez un instant au format ISO 8601, par exemple 2026-11-20T10:00:00Z.',
    en: 'Give an ISO 8601 instant, for example 2026-11-20T10:00:00Z.',
  },
  'q.too_long': { fr: 'La recherche est limitée à 100 caractères.', en: 'Searches are limited to 100 characters.' },
  'limit.range': { fr: 'Le nombre de résultats va de 1 à 2000.', en: 'The number of results goes from 1 to 2000.' },
  'lat.range': { fr: 'La latitude est un nombre de -90 à 90.', en: 'Latitude is a number from -90 to 90.' },
  'lng.range': { fr: 'La longitude est un nombre de -180 à 180.', en: 'Longitude is a number from -180 to 180.' },
  'k.range': { fr: 'Le nombre de fiches les plus proches va de 1 à 100.', en: 'The number of nearest listings goes from 1 to 100.' },
  'listing.id': { fr: "Cet identifiant de fiche n'est pas valide.", en: 'This listing id is not valid.' },
  'request.invalid': { fr: 'La requête contient des erreurs.', en: 'The request has errors.' },
  'request.too_large': {
    fr: 'Les données envoyées sont trop volumineuses.',
    en: 'The data sent is too large.',
  },
  'request.too_deep': {
    fr: 'Les données envoyées sont trop imbriquées.',
    en: 'The data sent is nested too deeply.',
  },
  'request.too_many_items': {
    fr: 'Les données envoyées contiennent une liste trop longue.',
    en: 'The data sent contains a list that is too long.',
  },
  'request.malformed_json': {
    fr: "Les données envoyées ne sont pas du JSON valide.",
    en: 'The data sent is not valid JSON.',
  },
  'listing.not_found': { fr: "Cette fiche n'existe pas.", en: 'This listing does not exist.' },
  'tenant.unknown': {
    fr: "Aucune CCI n'est configurée pour cette adresse.",
    en: 'No CCI is configured for this address.',
  },
  'tiles.unavailable': {
    fr: "Le fond de carte de ce service n'est pas disponible.",
    en: "This service's basemap is not available.",
  },
  'route.not_found': { fr: "Cette adresse n'existe pas.", en: 'This address does not exist.' },
  'server.unavailable': {
    fr: 'Le service est momentanément indisponible. Réessayez dans quelques secondes.',
    en: 'The service is briefly unavailable. Please try again in a few seconds.',
  },
  'server.misconfigured': {
    fr: "Ce service n'est pas encore configuré : son exploitant doit renseigner les réglages indiqués.",
    en: 'This service is not configured yet: its operator must set the settings listed.',
  },
  'server.error': {
    fr: 'Une erreur est survenue de notre côté. Réessayez dans un instant.',
    en: 'Something went wrong on our side. Please try again in a moment.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ApiMessageKey = keyof typeof API_MESSAGES;

export function isApiMessageKey(key: string): key is ApiMessageKey {
  return Object.hasOwn(API_MESSAGES, key);
}

export function apiMessage(key: string, language: Language): string {
  return isApiMessageKey(key) ? API_MESSAGES[key][language] : API_MESSAGES['request.invalid'][language];
}
