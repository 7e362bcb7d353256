import type { Language } from '#schema/tenant.ts';

export type MailText = { subject: string; text: string };

type LinkMailInput = { tenantName: string; listingName: string; url: string; validHours: number };

const LINK: Record<Language, (input: LinkMailInput) => MailText> = {
  fr: ({ tenantName, listingName, url, validHours }) => ({
    subject: `Votre lien privé pour « ${listingName} »`,
    text: `Bonjour,

Voici le lien privé pour mettre à jour la fiche « ${listingName} » sur la carte de ${tenantName} :

${url}

Ce lien sert une seule fois et reste valable ${validHours} heures. Ne le transmettez pas : il donne accès à votre fiche. Vous pourrez en demander un nouveau à tout moment avec votre adresse e-mail.

Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.

${tenantName}`,
  }),
  en: ({ tenantName, listingName, url, validHours }) => ({
    subject: `Your private link for "${listingName}"`,
    text: `Hello,

Here is the private link to update the listing "${listingName}" on the ${tenantName} map:

${url}

The link works once and for ${validHours} hours. Do not share it: it opens your listing. You can ask for a new one at any time with your email address.

If you did not ask for this, ignore this message.

${tenantName}`,
  }),
};

type ReminderMailInput = LinkMailInput & { staleAfterDays: number };

const REMINDER: Record<Language, (input: ReminderMailInput) => MailText> = {
  fr: ({ tenantName, listingName, url, validHours, staleAfterDays }) => ({
    subject: `« ${listingName} » : vos informations sont-elles toujours exactes ?`,
    text: `Bonjour,

Les informations de « ${listingName} » sur la carte de ${tenantName} n’ont pas été confirmées depuis bientôt ${staleAfterDays} jours. Passé ce délai, votre fiche s’affichera « à confirmer ».

Un clic suffit pour les confirmer ou les corriger :

${url}

Ce lien sert une seule fois et reste valable ${validHours} heures.

${tenantName}`,
  }),
  en: ({ tenantName, listingName, url, validHours, staleAfterDays }) => ({
    subject: `"${listingName}": is your information still correct?`,
    text: `Hello,

The information of "${listingName}" on the ${tenantName} map has not been confirmed for almost ${staleAfterDays} days. After that, your listing will show as "to be confirmed".

One click is enough to confirm or correct it:

${url}

The link works once and for ${validHours} hours.

${tenantName}`,
  }),
};

export const linkMail = (language: Language, input: LinkMailInput): MailText => LINK[language](input);
export const reminderMail = (language: Language, input: ReminderMailInput): MailText => REMINDER[language](input);

/** The token travels in the fragment: browsers never send it to a server or in a Referer. */
export function privateLinkUrl(origin: string, token: string): string {
  return `${origin}/ma-fiche#token=${token}`;
}
