import type { Language } from './tenant.ts';

/** The API's messages about residents' reports, merged into API_MESSAGES. */
export const REPORT_MESSAGES = {
  'report.reason': {
    fr: 'Choisissez ce qui ne va pas : fermé, horaires faux, mauvais emplacement ou autre.',
    en: 'Choose what is wrong: closed, wrong hours, wrong place or other.',
  },
  'report.comment': { fr: 'Le commentaire doit être du texte.', en: 'The comment must be text.' },
  'report.comment_too_long': {
    fr: 'Le commentaire est limité à 500 caractères.',
    en: 'Comments are limited to 500 characters.',
  },
  'report.rate_limited': {
    fr: 'Vous avez envoyé beaucoup de signalements : réessayez dans une heure.',
    en: 'You have sent many reports: please try again in an hour.',
  },
} as const satisfies Record<string, Record<Language, string>>;
