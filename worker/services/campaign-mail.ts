import type { CampaignAnswerKind } from '#schema/crisis-campaign.ts';
import type { Language } from '#schema/tenant.ts';
import type { MailText } from './mail-texts.ts';

/** The answer travels in the fragment, with the token: neither reaches a server log or a Referer. */
export function answerUrl(origin: string, token: string, answer: CampaignAnswerKind): string {
  return `${origin}/crise/reponse#token=${token}&answer=${answer}`;
}

type Input = { tenantName: string; listingName: string; crisisTitle: string; origin: string; token: string; validDays: number };

export function campaignMail(language: Language, input: Input): MailText {
  const url = (answer: CampaignAnswerKind) => answerUrl(input.origin, input.token, answer);
  return language === 'fr'
    ? {
        subject: `${input.crisisTitle} — êtes-vous ouvert pendant cette période ?`,
        text: `Bonjour,

${input.tenantName} met à jour sa carte des commerces ouverts : « ${input.crisisTitle} ».
Êtes-vous ouvert pendant cette période ? Touchez la réponse qui correspond à « ${input.listingName} » :

Ouvert comme d’habitude :
${url('open')}

Services seulement (livraison, retrait…) :
${url('services_only')}

Fermé, je rouvre le … :
${url('closed_until')}

Un seul de ces liens sert, une seule fois, pendant ${input.validDays} jours. Sans réponse, votre fiche affiche « à confirmer » tant que dure la crise.

${input.tenantName}`,
      }
    : {
        subject: `${input.crisisTitle} — are you open during this period?`,
        text: `Hello,

${input.tenantName} is updating its map of open businesses: "${input.crisisTitle}".
Are you open during this period? Tap the answer that fits "${input.listingName}":

Open as usual:
${url('open')}

Services only (delivery, click & collect…):
${url('services_only')}

Closed, reopening on …:
${url('closed_until')}

Only one of these links works, once, for ${input.validDays} days. Without an answer, your listing shows "to be confirmed" while the crisis lasts.

${input.tenantName}`,
      };
}
