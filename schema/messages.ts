import type { Language } from './tenant.ts';

/**
 * Messages the API can send back, in every language the product speaks. The web app shows the
 * server's message as is, and uses the same table to validate forms before sending them.
 */
export const API_MESSAGES = {
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
  'listing.id': { fr: "Cet identifiant de fiche n'est pas valide.", en: 'This listing id is not valid.' },
  'request.invalid': { fr: 'La requête contient des erreurs.', en: 'The request has errors.' },
  'listing.not_found': { fr: "Cette fiche n'existe pas.", en: 'This listing does not exist.' },
  'tenant.unknown': {
    fr: "Aucune CCI n'est configurée pour cette adresse.",
    en: 'No CCI is configured for this address.',
  },
  'route.not_found': { fr: "Cette adresse n'existe pas.", en: 'This address does not exist.' },
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
