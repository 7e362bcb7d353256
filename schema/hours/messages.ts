import type { Language } from '../tenant.ts';

/**
 * Messages about opening hours, in the style of API_MESSAGES. `{part}` is the piece of the
 * OSM text that was not understood, quoted back so that the shopkeeper or the CCI staff can
 * find it in what they typed.
 */
export const HOURS_MESSAGES = {
  'hours.empty': {
    fr: 'Indiquez les horaires d’ouverture.',
    en: 'Give the opening hours.',
  },
  'hours.unsupported': {
    fr: 'Cette partie des horaires n’est pas comprise : « {part} ».',
    en: 'This part of the opening hours is not understood: “{part}”.',
  },
  'hours.time': {
    fr: 'Cette heure n’est pas valide : « {part} » (format HH:MM, de 00:00 à 24:00).',
    en: 'This time is not valid: “{part}” (use HH:MM, from 00:00 to 24:00).',
  },
  'hours.empty_range': {
    fr: 'Cette plage horaire est vide ou dure plus de 24 heures : « {part} ».',
    en: 'This time range is empty or longer than 24 hours: “{part}”.',
  },
  'hours.missing_times': {
    fr: 'Indiquez des horaires (09:00-12:00) ou « off » après : « {part} ».',
    en: 'Give times (09:00-12:00) or “off” after: “{part}”.',
  },
  'hours.date': {
    fr: 'Cette date n’existe pas ou n’est pas dans l’ordre : « {part} ».',
    en: 'This date does not exist or is out of order: “{part}”.',
  },
  'hours.time_input': {
    fr: 'Indiquez une heure valide (HH:MM).',
    en: 'Give a valid time (HH:MM).',
  },
  'hours.date_input': {
    fr: 'Indiquez une date valide.',
    en: 'Give a valid date.',
  },
  'hours.range_length': {
    fr: 'Une plage horaire doit finir après son début et durer au plus 24 heures.',
    en: 'A time range must end after it starts and last at most 24 hours.',
  },
  'hours.date_year': {
    fr: 'Une période doit avoir une année à ses deux bouts, ou à aucun.',
    en: 'A period needs a year at both ends, or at neither.',
  },
  'hours.date_order': {
    fr: 'Une période doit finir après son début.',
    en: 'A period must end after it starts.',
  },
  'hours.empty_selector': {
    fr: 'Une règle doit désigner au moins un jour.',
    en: 'A rule must name at least one day.',
  },
  'hours.normalise': {
    fr: 'OpenStreetMap lit ces horaires ainsi : « {part} ». Utilisez cette écriture pour confirmer.',
    en: 'OpenStreetMap reads these opening hours as: “{part}”. Use this form to confirm it.',
  },
  'hours.ambiguous': {
    fr: 'Ces horaires peuvent se lire de plusieurs façons ({part}) : précisez-les (par exemple 09:00-17:00, Mo-Sa).',
    en: 'These opening hours can be read more than one way ({part}): make them precise (for example 09:00-17:00, Mo-Sa).',
  },
  'hours.status_until': {
    fr: 'La date de fin doit être une date valide (AAAA-MM-JJ).',
    en: 'The end date must be a valid date (YYYY-MM-DD).',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type HoursMessageKey = keyof typeof HOURS_MESSAGES;

export function hoursMessage(key: HoursMessageKey, language: Language, part = ''): string {
  return HOURS_MESSAGES[key][language].replace('{part}', part);
}
