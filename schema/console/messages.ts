import type { Language } from '../tenant.ts';

/** API messages of the CCI console, merged into API_MESSAGES. */
export const CONSOLE_MESSAGES = {
  'colour.format': { fr: 'Une couleur s’écrit #rrggbb, par exemple #1d4f91.', en: 'A colour is written #rrggbb, for example #1d4f91.' },
  'console.email': { fr: 'Indiquez une adresse e-mail valide.', en: 'Give a valid email address.' },
  'console.link_sent': {
    fr: 'Si cette adresse appartient à un membre de l’équipe, un lien de connexion vient de lui être envoyé.',
    en: 'If this address belongs to a staff member, a sign-in link has just been sent to it.',
  },
  'console.link_invalid': {
    fr: 'Ce lien de connexion n’est plus valable (déjà utilisé ou expiré). Demandez-en un nouveau.',
    en: 'This sign-in link is no longer valid (already used or expired). Ask for a new one.',
  },
  'console.session_required': { fr: 'Connectez-vous pour accéder à la console.', en: 'Sign in to use the console.' },
  'console.forbidden': { fr: 'Votre rôle ne permet pas cette action.', en: 'Your role does not allow this action.' },
  'console.not_found': { fr: 'Cet élément n’existe pas.', en: 'This item does not exist.' },
  'console.role': { fr: 'Choisissez le rôle : administrateur ou modérateur.', en: 'Choose the role: admin or moderator.' },
  'console.staff_exists': { fr: 'Cette personne fait déjà partie de l’équipe.', en: 'This person is already on the staff.' },
  'console.staff_self': { fr: 'Vous ne pouvez pas retirer votre propre accès.', en: 'You cannot remove your own access.' },
  'console.name': { fr: 'Le nom compte de 3 à 120 caractères.', en: 'The name has 3 to 120 characters.' },
  'console.main_town': { fr: 'Le nom de la commune compte 80 caractères au plus.', en: 'The town’s name has 80 characters at most.' },
  'console.logo_type': {
    fr: 'Le logo doit être une image PNG, JPEG ou WebP.',
    en: 'The logo must be a PNG, JPEG or WebP image.',
  },
  'console.logo_svg': {
    fr: 'Les logos SVG ne sont pas acceptés (ils peuvent contenir du code) : exportez-le en PNG ou WebP.',
    en: 'SVG logos are not accepted (they can carry code): export it as PNG or WebP.',
  },
  'console.logo_too_large': {
    fr: 'Le logo pèse plus de 200 ko : réduisez-le (une largeur de 400 pixels suffit).',
    en: 'The logo is over 200 kB: make it smaller (400 pixels wide is enough).',
  },
  'console.contrast': {
    fr: 'Le texte n’est pas assez lisible sur la couleur principale : le contraste doit atteindre 4,5:1 (RGAA, WCAG AA).',
    en: 'Text is not readable enough on the primary colour: contrast must reach 4.5:1 (WCAG AA).',
  },
  'console.domain': { fr: 'Un domaine s’écrit comme vitrine.cci-exemple.fr.', en: 'A domain is written like vitrine.cci-example.fr.' },
  'console.domain_unverified': {
    fr: 'Le domaine n’est pas encore vérifié : ajoutez l’enregistrement TXT indiqué à sa zone DNS, attendez qu’il se propage, puis réessayez.',
    en: 'The domain is not verified yet: add the TXT record shown to its DNS zone, wait for it to spread, then try again.',
  },
  'console.domain_not_pending': { fr: 'Ce domaine n’attend pas de vérification : ajoutez-le d’abord à la liste.', en: 'This domain is not waiting for verification: add it to the list first.' },
  'console.domain_taken': { fr: 'Ce domaine est déjà utilisé par une autre CCI.', en: 'This domain is already used by another CCI.' },
  'console.embed_origin': {
    fr: 'Un site s’écrit https://www.cci-exemple.fr (sans chemin).',
    en: 'A site is written https://www.cci-example.fr (no path).',
  },
  'console.territory': { fr: 'Latitude de -90 à 90, longitude de -180 à 180.', en: 'Latitude from -90 to 90, longitude from -180 to 180.' },
  'console.zoom': { fr: 'Le zoom va de 3 à 18.', en: 'Zoom goes from 3 to 18.' },
  'console.bounds': { fr: 'L’ouest doit être inférieur à l’est, et le sud au nord.', en: 'West must be less than east, and south less than north.' },
  'console.centre_outside': { fr: 'Le centre de la carte doit être dans les limites du territoire.', en: 'The map centre must be inside the territory bounds.' },
  'console.insee': { fr: 'Un code INSEE compte 5 caractères, par exemple 13055 ou 2A004.', en: 'An INSEE code has 5 characters, for example 13055 or 2A004.' },
  'console.timezone': { fr: 'Choisissez un fuseau horaire IANA, par exemple Europe/Paris.', en: 'Choose an IANA time zone, for example Europe/Paris.' },
  'console.languages': { fr: 'Choisissez au moins une langue.', en: 'Choose at least one language.' },
  'console.default_language': { fr: 'La langue par défaut doit faire partie des langues proposées.', en: 'The default language must be one of the languages offered.' },
  'console.moderation_mode': { fr: 'Choisissez un mode de modération.', en: 'Choose a moderation mode.' },
  'console.stale_days': { fr: 'Le délai va de 1 à 365 jours.', en: 'The delay goes from 1 to 365 days.' },
  'console.closes_soon': { fr: 'Le délai va de 0 à 240 minutes (0 : jamais « ferme bientôt »).', en: 'The delay goes from 0 to 240 minutes (0: never "closes soon").' },
  'console.tile_url': {
    fr: 'L’adresse des tuiles commence par https:// et contient {z}, {x} et {y}.',
    en: 'The tile address starts with https:// and contains {z}, {x} and {y}.',
  },
  'console.tile_source': { fr: 'Choisissez un fond de carte dans la liste.', en: 'Choose a basemap from the list.' },
  'console.tile_osm': {
    fr: 'Les serveurs de tuiles d’OpenStreetMap interdisent cet usage : choisissez Plan IGN, notre fond ou un service sous licence.',
    en: 'OpenStreetMap’s tile servers forbid this use: choose Plan IGN, our own basemap or a licensed service.',
  },
  'console.tile_cache': { fr: 'Indiquez une taille entière de 0 à 500 Mo.', en: 'Give a whole size from 0 to 500 MB.' },
  'console.attribution': { fr: 'Indiquez l’attribution du fond de carte (300 caractères au plus).', en: 'Give the map attribution (300 characters at most).' },
  'console.queue_item': { fr: 'Choisissez au moins un élément de la file (200 au plus).', en: 'Choose at least one queue item (200 at most).' },
  'console.filter': { fr: 'Ce filtre n’est pas valide.', en: 'This filter is not valid.' },
  'console.decision': { fr: 'Choisissez : approuver ou refuser.', en: 'Choose: approve or reject.' },
  'console.reason': { fr: 'Indiquez la raison du refus : elle est envoyée au commerçant.', en: 'Give the reason for rejecting: it is sent to the shopkeeper.' },
  'console.merge_same': { fr: 'Choisissez une autre fiche que celle-ci.', en: 'Choose another listing than this one.' },
  'console.import_unknown': { fr: 'Cet import n’existe pas ou est terminé.', en: 'This import does not exist or is finished.' },
  'console.import_empty': { fr: 'Le fichier ne contient aucune ligne.', en: 'The file has no rows.' },
  'console.import_too_large': { fr: 'Un import est limité à 20 000 lignes.', en: 'An import is limited to 20,000 rows.' },
  'console.import_has_errors': {
    fr: 'Des lignes contiennent des erreurs : rien n’a été importé. Corrigez le fichier et recommencez.',
    en: 'Some rows have errors: nothing was imported. Fix the file and start again.',
  },
  'console.geocode_failed': {
    fr: 'Pas de coordonnées et commune inconnue : ajoutez lat/lng ou un code INSEE du territoire.',
    en: 'No coordinates and unknown commune: add lat/lng or an INSEE code of the territory.',
  },
} as const satisfies Record<string, Record<Language, string>>;
