import type { Language } from '#schema/tenant.ts';
import { STAFF_LINK_TTL_MS } from '../db/staff-tokens.ts';
import type { MailText } from './mail-texts.ts';

const VALID_MINUTES = STAFF_LINK_TTL_MS / 60_000;

/** The token travels in the fragment: browsers never send it to a server or in a Referer. */
export function consoleLinkUrl(origin: string, token: string): string {
  return `${origin}/console#token=${token}`;
}

export function signInMail(language: Language, tenantName: string, url: string): MailText {
  return language === 'fr'
    ? {
        subject: `Connexion à la console ${tenantName}`,
        text: `Bonjour,\n\nVoici votre lien de connexion à la console de ${tenantName} :\n\n${url}\n\nIl sert une seule fois et reste valable ${VALID_MINUTES} minutes. Si vous n’avez rien demandé, ignorez ce message.\n\n${tenantName}`,
      }
    : {
        subject: `Sign in to the ${tenantName} console`,
        text: `Hello,\n\nHere is your sign-in link to the ${tenantName} console:\n\n${url}\n\nIt works once and for ${VALID_MINUTES} minutes. If you did not ask for it, ignore this message.\n\n${tenantName}`,
      };
}

export function rejectionMail(language: Language, tenantName: string, listingName: string, reason: string): MailText {
  return language === 'fr'
    ? {
        subject: `« ${listingName} » n’a pas été publiée`,
        text: `Bonjour,\n\n${tenantName} n’a pas publié la fiche « ${listingName} », pour la raison suivante :\n\n${reason}\n\nVous pouvez corriger votre fiche avec votre lien privé (demandez-en un nouveau avec votre adresse e-mail sur la carte).\n\n${tenantName}`,
      }
    : {
        subject: `"${listingName}" was not published`,
        text: `Hello,\n\n${tenantName} did not publish the listing "${listingName}", for this reason:\n\n${reason}\n\nYou can correct your listing with your private link (ask for a new one with your email address on the map).\n\n${tenantName}`,
      };
}
