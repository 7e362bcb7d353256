import type { Language } from '#schema/tenant.ts';
import type { MailText } from './mail-texts.ts';

type ConfirmInput = { tenantName: string; listingName: string; confirmUrl: string; unsubscribeUrl: string };

export function alertConfirmMail(language: Language, input: ConfirmInput): MailText {
  return language === 'fr'
    ? {
        subject: `Confirmez l’alerte pour « ${input.listingName} »`,
        text: `Bonjour,

Vous avez demandé à être prévenu quand « ${input.listingName} » rouvre ou change ses horaires, sur la carte de ${input.tenantName}. Confirmez avec ce lien :

${input.confirmUrl}

Sans confirmation, vous ne recevrez rien. Votre adresse ne sert qu’à ces alertes ; le commerce n’en voit que le nombre.

Ne plus rien recevoir et effacer votre adresse : ${input.unsubscribeUrl}

${input.tenantName}`,
      }
    : {
        subject: `Confirm the alert for "${input.listingName}"`,
        text: `Hello,

You asked to hear when "${input.listingName}" reopens or changes its hours, on the ${input.tenantName} map. Confirm with this link:

${input.confirmUrl}

Without confirmation you will receive nothing. Your address is used for these alerts only; the business sees only how many people follow it.

Receive nothing more and erase your address: ${input.unsubscribeUrl}

${input.tenantName}`,
      };
}

type AlertInput = { tenantName: string; listingName: string; kind: 'reopened' | 'hours_changed'; listingUrl: string; unsubscribeUrl: string };

export function alertMail(language: Language, input: AlertInput): MailText {
  if (language === 'fr') {
    const what = input.kind === 'reopened' ? 'a rouvert' : 'a changé ses horaires';
    return {
      subject: `« ${input.listingName} » ${what}`,
      text: `Bonjour,

« ${input.listingName} » ${what}. Voir la fiche : ${input.listingUrl}

Vous recevez au plus une alerte par jour pour ce commerce. Ne plus rien recevoir et effacer votre adresse, en un clic : ${input.unsubscribeUrl}

${input.tenantName}`,
    };
  }
  const what = input.kind === 'reopened' ? 'has reopened' : 'has changed its hours';
  return {
    subject: `"${input.listingName}" ${what}`,
    text: `Hello,

"${input.listingName}" ${what}. See the listing: ${input.listingUrl}

You receive at most one alert a day for this business. Receive nothing more and erase your address, in one click: ${input.unsubscribeUrl}

${input.tenantName}`,
  };
}

export function alertPushText(language: Language, listingName: string, kind: 'reopened' | 'hours_changed'): { title: string; body: string } {
  if (language === 'fr') return { title: listingName, body: kind === 'reopened' ? 'A rouvert.' : 'A changé ses horaires.' };
  return { title: listingName, body: kind === 'reopened' ? 'Has reopened.' : 'Has changed its hours.' };
}
