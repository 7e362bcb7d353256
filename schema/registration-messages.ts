import type { Language } from './tenant.ts';

/**
 * API messages of registration and self-service, merged into API_MESSAGES. `{cci}` is replaced
 * by the name of the CCI that covers an address outside the tenant's territory.
 */
export const REGISTRATION_MESSAGES = {
  'registration.name': { fr: 'Indiquez le nom du commerce (2 caractères au moins).', en: 'Give the name of the business (at least 2 characters).' },
  'registration.name_length': { fr: 'Le nom est limité à 120 caractères.', en: 'The name is limited to 120 characters.' },
  'registration.siret': {
    fr: 'Ce numéro SIRET n’est pas valide : il compte 14 chiffres (voir votre extrait Kbis ou avis de situation).',
    en: 'This SIRET number is not valid: it has 14 digits (see your Kbis extract or registration notice).',
  },
  'registration.category': { fr: 'Choisissez une catégorie dans la liste.', en: 'Choose a category from the list.' },
  'registration.address': { fr: 'Indiquez l’adresse (numéro et rue, 200 caractères au plus).', en: 'Give the address (number and street, 200 characters at most).' },
  'registration.postcode': { fr: 'Le code postal compte 5 chiffres.', en: 'The postcode has 5 digits.' },
  'registration.commune': { fr: 'Choisissez la commune dans la liste.', en: 'Choose the commune from the list.' },
  'registration.position': { fr: 'Placez le repère sur la carte, devant votre porte.', en: 'Place the pin on the map, at your door.' },
  'registration.phone': { fr: 'Ce numéro de téléphone n’est pas valide (par exemple 04 91 00 00 00).', en: 'This phone number is not valid (for example 04 91 00 00 00).' },
  'registration.email': { fr: 'Indiquez une adresse e-mail valide : votre lien privé y sera envoyé.', en: 'Give a valid email address: your private link is sent there.' },
  'registration.website': { fr: 'L’adresse du site commence par http:// ou https://.', en: 'The website address starts with http:// or https://.' },
  'registration.hours': { fr: 'Ces horaires ne sont pas compris : indiquez au moins un jour d’ouverture.', en: 'These opening hours are not understood: give at least one opening day.' },
  'registration.hours_normalise': {
    fr: 'OpenStreetMap lit ces horaires sous une autre écriture, proposée sous le champ : utilisez-la pour confirmer.',
    en: 'OpenStreetMap reads these opening hours in another form, shown under the field: use it to confirm.',
  },
  'registration.hours_ambiguous': {
    fr: 'Ces horaires peuvent se lire de plusieurs façons : précisez la partie signalée sous le champ.',
    en: 'These opening hours can be read more than one way: make the part flagged under the field precise.',
  },
  'registration.hours_length': { fr: 'Les horaires sont limités à 500 caractères.', en: 'Opening hours are limited to 500 characters.' },
  'registration.holidays': { fr: 'Choisissez ce que fait le commerce les jours fériés.', en: 'Choose what the business does on public holidays.' },
  'registration.holidays_hours': { fr: 'Indiquez les horaires des jours fériés (par exemple 09:00-12:00).', en: 'Give the public holiday hours (for example 09:00-12:00).' },
  'registration.services': { fr: 'Choisissez les services dans la liste.', en: 'Choose the services from the list.' },
  'registration.status': { fr: 'Choisissez la situation actuelle du commerce.', en: 'Choose the current situation of the business.' },
  'registration.date': { fr: 'Indiquez une date valide (JJ/MM/AAAA).', en: 'Give a valid date.' },
  'registration.form_expired': { fr: 'Le formulaire a expiré : rechargez la page, ce que vous avez saisi est conservé.', en: 'The form has expired: reload the page, what you typed is kept.' },
  'registration.too_fast': {
    fr: 'Le formulaire a été envoyé trop vite. Vérifiez vos informations puis renvoyez-le.',
    en: 'The form was sent too quickly. Check your information, then send it again.',
  },
  'registration.rejected': { fr: 'Votre envoi n’a pas pu être accepté.', en: 'Your submission could not be accepted.' },
  'registration.turnstile': { fr: 'La vérification anti-robot a échoué. Refaites-la puis renvoyez le formulaire.', en: 'The anti-robot check failed. Do it again, then send the form.' },
  'registration.turnstile_spent': { fr: 'La vérification anti-robot a expiré ou a déjà servi. Refaites-la.', en: 'The anti-robot check has expired or was already used. Do it again.' },
  'registration.turnstile_unavailable': {
    fr: 'La vérification anti-robot est momentanément indisponible. Réessayez dans quelques minutes : ce que vous avez saisi est conservé.',
    en: 'The anti-robot check is temporarily unavailable. Try again in a few minutes: what you typed is kept.',
  },
  'registration.out_of_territory': {
    fr: 'Cette adresse est hors du territoire de cette CCI : elle relève de {cci}. Inscrivez-vous sur le site de {cci}.',
    en: 'This address is outside this CCI’s territory: it belongs to {cci}. Register on the {cci} site.',
  },
  'registration.out_of_territory_unknown': {
    fr: 'Cette adresse est hors du territoire de cette CCI, et aucune autre CCI de Vitrine ne la couvre.',
    en: 'This address is outside this CCI’s territory, and no other CCI on Vitrine covers it.',
  },
  'registration.duplicate': {
    fr: 'Ce commerce est déjà inscrit. Vous pouvez recevoir le lien privé de sa fiche à l’adresse e-mail qu’elle indique.',
    en: 'This business is already registered. You can get its private link at the email address the listing gives.',
  },
  'registration.published': {
    fr: 'Votre commerce est sur la carte. La CCI relira votre fiche. Un lien privé vous a été envoyé par e-mail.',
    en: 'Your business is on the map. The CCI will review your listing. A private link has been emailed to you.',
  },
  'registration.pending_review': {
    fr: 'Merci ! La CCI relit votre fiche avant de la publier. Un lien privé vous a été envoyé par e-mail.',
    en: 'Thank you! The CCI reviews your listing before publishing it. A private link has been emailed to you.',
  },
  'registration.claim_sent': {
    fr: 'Si cette fiche indique une adresse e-mail, un lien privé vient d’y être envoyé.',
    en: 'If this listing gives an email address, a private link has just been sent to it.',
  },
  'link.sent': {
    fr: 'Si cette adresse est celle d’une fiche, un nouveau lien privé vient d’y être envoyé.',
    en: 'If this address belongs to a listing, a new private link has just been sent to it.',
  },
  'rate.limited': { fr: 'Trop d’envois en peu de temps. Réessayez dans quelques instants.', en: 'Too many submissions in a short time. Try again in a moment.' },
  'self_service.link_invalid': {
    fr: 'Ce lien n’est plus valable (déjà utilisé ou expiré). Demandez-en un nouveau.',
    en: 'This link is no longer valid (already used or expired). Ask for a new one.',
  },
  'self_service.session_required': { fr: 'Ouvrez le lien privé reçu par e-mail pour gérer votre fiche.', en: 'Open the private link you received by email to manage your listing.' },
  'self_service.csrf': { fr: 'Cette demande ne vient pas de Vitrine : elle est refusée.', en: 'This request does not come from Vitrine: it is refused.' },
  'self_service.action': { fr: 'Choisissez une des actions proposées.', en: 'Choose one of the actions offered.' },
  'self_service.services_required': { fr: 'Choisissez au moins un service.', en: 'Choose at least one service.' },
} as const satisfies Record<string, Record<Language, string>>;
