/** API messages of the accessibility settings, merged into API_MESSAGES. */
export const ACCESSIBILITY_MESSAGES = {
  'accessibility.level': {
    fr: 'Choisissez le niveau de conformité : non, partiellement ou totalement conforme.',
    en: 'Choose the conformity level: not, partially or fully compliant.',
  },
  'accessibility.audit_date': {
    fr: 'Indiquez la date de l’audit : un niveau partiel ou total vient d’un audit.',
    en: 'Give the audit date: a partial or full level comes from an audit.',
  },
  'accessibility.rate': { fr: 'Le taux de conformité est un nombre entier de 0 à 100.', en: 'The conformity rate is a whole number from 0 to 100.' },
  'accessibility.contact': {
    fr: 'Indiquez une adresse e-mail ou un formulaire de contact : la déclaration doit dire comment vous joindre.',
    en: 'Give a contact e-mail or form: the statement must say how to reach you.',
  },
  'accessibility.contact_url': { fr: 'L’adresse du formulaire commence par https://.', en: 'The form address starts with https://.' },
  'accessibility.plan_url': { fr: 'L’adresse du schéma pluriannuel commence par https://.', en: 'The multi-year plan address starts with https://.' },
  'accessibility.text': { fr: 'Ce texte est limité à 5 000 caractères.', en: 'This text is limited to 5,000 characters.' },
} as const;
