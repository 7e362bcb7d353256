import type { Language } from '../tenant.ts';

/** Messages of OpenStreetMap imports, in the style of API_MESSAGES (which includes them). */
export const OSM_MESSAGES = {
  'osm.id': { fr: 'Identifiant OpenStreetMap invalide (node/…, way/… ou relation/…).', en: 'Invalid OpenStreetMap id (node/…, way/… or relation/…).' },
  'osm.tag': { fr: 'Étiquette OpenStreetMap invalide (shop=…, craft=… ou amenity=…).', en: 'Invalid OpenStreetMap tag (shop=…, craft=… or amenity=…).' },
  'osm.hours_normalised': {
    fr: 'Horaires réécrits dans la syntaxe OpenStreetMap : vérifiez qu’ils disent la même chose.',
    en: 'Hours rewritten in OpenStreetMap syntax: check that they say the same thing.',
  },
  'osm.hours_comment': { fr: 'Une remarque et non des horaires : affichée telle quelle sur la fiche.', en: 'A remark, not hours: shown as written on the card.' },
  'osm.hours_ambiguous': {
    fr: 'Ambigu, donc non interprété : « {part} ». Gardé tel quel et affiché comme texte.',
    en: 'Ambiguous, so not interpreted: “{part}”. Kept as written and shown as text.',
  },
  'osm.hours_ambiguous_proposed': {
    fr: 'Ambigu : « {part} ». Lecture d’OpenStreetMap proposée ci-contre, reprise seulement si vous la choisissez ; sinon gardé tel quel et affiché comme texte.',
    en: 'Ambiguous: “{part}”. OpenStreetMap’s reading is proposed here, taken only if you choose it; otherwise kept as written and shown as text.',
  },
  'osm.hours_unreadable': {
    fr: 'Illisible : « {part} ». Gardé tel quel et affiché comme texte.',
    en: 'Unreadable: “{part}”. Kept as written and shown as text.',
  },
  'osm.hours_missing': { fr: 'Pas d’horaires dans OpenStreetMap.', en: 'No hours in OpenStreetMap.' },
  'osm.hours_unconfirmed': {
    fr: 'Confirmez les horaires réécrits ou gardés comme texte avant d’importer.',
    en: 'Confirm the rewritten hours and those kept as text before importing.',
  },
} as const satisfies Record<string, Record<Language, string>>;
