import type { Language } from './tenant.ts';

/** The API's messages about crisis mode, campaigns and alerts, merged into API_MESSAGES. */
export const CRISIS_MESSAGES = {
  'crisis.title': { fr: 'Donnez un titre (120 caractères au plus).', en: 'Give a title (at most 120 characters).' },
  'crisis.message': { fr: 'Donnez un message (1 000 caractères au plus).', en: 'Give a message (at most 1,000 characters).' },
  'crisis.highlight': { fr: 'Choisissez parmi les statuts et services proposés.', en: 'Choose among the statuses and services offered.' },
  'crisis.not_active': { fr: 'Le mode crise n’est pas activé.', en: 'Crisis mode is not on.' },
  'crisis.already_active': { fr: 'Le mode crise est déjà activé.', en: 'Crisis mode is already on.' },
  'campaign.exists': { fr: 'Une campagne a déjà été lancée pour cette crise.', en: 'A campaign was already started for this crisis.' },
  'campaign.none': { fr: 'Aucune campagne pour cette crise.', en: 'No campaign for this crisis.' },
  'campaign.link_invalid': {
    fr: 'Ce lien de réponse a déjà servi ou a expiré.',
    en: 'This answer link was already used or has expired.',
  },
  'alerts.link_invalid': { fr: 'Ce lien a déjà servi ou n’est plus valable.', en: 'This link was already used or is no longer valid.' },
  'alerts.push_invalid': { fr: 'Cet abonnement aux notifications n’est pas valable.', en: 'This notification subscription is not valid.' },
  'alerts.push_unavailable': { fr: 'Les notifications ne sont pas disponibles ici.', en: 'Notifications are not available here.' },
} as const satisfies Record<string, Record<Language, string>>;
