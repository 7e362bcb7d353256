import type { Category, Service } from '#schema/categories.ts';

/**
 * How each kind of business is usually named, opens and serves, so that demo data looks like a
 * real French high street: lunch breaks, closed Mondays, Sunday mornings, late evenings.
 */
export type CategoryProfile = {
  weight: number;
  names: readonly string[];
  hours: readonly string[];
  services: readonly Service[];
};

export const CATEGORY_PROFILES: Record<Category, CategoryProfile> = {
  grocery: {
    weight: 10,
    names: ['Épicerie {surname}', 'Épicerie du {place}', 'Le Panier {adjective}', 'Alimentation {surname}', 'Proxi {place}'],
    hours: ['Mo-Sa 08:30-20:00; Su 09:00-13:00', 'Mo-Sa 08:00-12:30,15:00-19:30; Su 08:30-12:30', 'Mo-Su 07:30-21:00'],
    services: ['delivery', 'click_collect'],
  },
  bakery: {
    weight: 12,
    names: ['Boulangerie {surname}', 'Boulangerie du {place}', 'Au Pain {adjective}', 'Maison {surname}', 'Le Fournil du {place}'],
    hours: ['Tu-Sa 07:00-13:00,15:30-19:30; Su 07:00-12:30', 'Mo,We-Sa 06:30-19:30; Su 07:00-13:00', 'Tu-Su 07:00-13:30,16:00-19:30'],
    services: ['click_collect', 'takeaway'],
  },
  butcher: {
    weight: 6,
    names: ['Boucherie {surname}', 'Boucherie du {place}', 'Maison {surname} Boucher', 'La Belle Viande'],
    hours: ['Tu-Sa 08:00-12:30,15:00-19:00; Su 08:30-12:30', 'Tu-Sa 07:30-13:00,15:30-19:30'],
    services: ['click_collect', 'delivery'],
  },
  cheese: {
    weight: 3,
    names: ['Fromagerie {surname}', 'La Cave à Fromages', 'Fromagerie du {place}'],
    hours: ['Tu-Sa 09:00-12:30,15:30-19:00; Su 09:00-12:30'],
    services: ['click_collect'],
  },
  fishmonger: {
    weight: 3,
    names: ['Poissonnerie {surname}', 'La Marée du {place}', 'Poissonnerie du Port'],
    hours: ['Tu-Th,Sa 08:00-13:00; Fr 08:00-13:00,16:00-19:00', 'We-Su 07:30-12:30'],
    services: ['click_collect'],
  },
  market_gardener: {
    weight: 5,
    names: ['Ferme {surname}', 'Les Jardins du {place}', 'Maraîcher {surname}', 'Le Potager {adjective}'],
    hours: ['We 16:00-19:00; Sa 09:00-12:30', 'Tu,Fr 15:00-19:00; Sa 08:00-12:00', 'Mo-Sa 09:00-12:00,14:00-18:30'],
    services: ['click_collect', 'delivery', 'drive'],
  },
  wine: {
    weight: 3,
    names: ['Cave {surname}', 'La Cave du {place}', 'Vins et Terroirs'],
    hours: ['Tu-Sa 10:00-13:00,15:30-20:00', 'Tu-Sa 09:30-12:30,15:00-19:30; Su 10:00-12:30'],
    services: ['click_collect', 'delivery'],
  },
  restaurant: {
    weight: 10,
    names: ['Restaurant {surname}', 'Le Bistrot du {place}', 'Chez {firstname}', 'La Table {adjective}', 'Pizzeria du {place}'],
    hours: ['Tu-Sa 12:00-14:00,19:00-22:30', 'We-Su 12:00-14:30,19:00-23:30', 'Mo-Th 11:30-14:30; Fr-Sa 11:30-14:30,18:00-02:00'],
    services: ['takeaway', 'delivery', 'click_collect'],
  },
  pharmacy: {
    weight: 5,
    names: ['Pharmacie {surname}', 'Pharmacie du {place}', 'Pharmacie Centrale'],
    hours: ['Mo-Fr 08:30-19:30; Sa 09:00-19:00', 'Mo-Sa 08:30-12:30,14:00-19:30'],
    services: ['click_collect', 'delivery'],
  },
  hardware: {
    weight: 3,
    names: ['Quincaillerie {surname}', 'Bricolage du {place}'],
    hours: ['Tu-Sa 08:30-12:00,14:00-18:30', 'Mo-Sa 08:00-12:00,13:30-18:00'],
    services: ['click_collect', 'drive'],
  },
  bookshop: {
    weight: 3,
    names: ['Librairie {surname}', 'La Page {adjective}', 'Librairie du {place}'],
    hours: ['Tu-Sa 09:30-19:00', 'Mo 14:00-19:00; Tu-Sa 10:00-19:00'],
    services: ['click_collect', 'delivery'],
  },
  florist: {
    weight: 3,
    names: ['Fleurs {surname}', 'Au Jardin {adjective}', 'Les Fleurs du {place}'],
    hours: ['Tu-Sa 09:00-12:30,14:30-19:00; Su 09:00-13:00'],
    services: ['delivery', 'click_collect'],
  },
  hairdresser: {
    weight: 6,
    names: ['Salon {firstname}', 'Coiffure {surname}', "L'Atelier Coiffure", 'Coiff du {place}'],
    hours: ['Tu-Fr 09:00-12:00,14:00-19:00; Sa 08:30-17:00', 'Tu-Sa 09:00-18:30'],
    services: ['appointment'],
  },
  clothing: {
    weight: 4,
    names: ['Boutique {firstname}', 'Mode {adjective}', 'Le Dressing du {place}'],
    hours: ['Mo 14:00-19:00; Tu-Sa 10:00-12:30,14:00-19:00', 'Tu-Sa 10:00-19:00'],
    services: ['click_collect', 'appointment'],
  },
  repair: {
    weight: 4,
    names: ['Atelier {surname}', 'Répar’Vélo du {place}', 'Cordonnerie {surname}', 'Point Réparation'],
    hours: ['Tu-Sa 09:00-12:00,14:00-18:30', 'Mo-Fr 08:30-12:00,13:30-18:00'],
    services: ['appointment', 'click_collect'],
  },
  plumber: {
    weight: 4,
    names: ['Plomberie {surname}', '{surname} Plomberie Chauffage', 'SOS Plombier du {place}'],
    hours: ['Mo-Fr 08:00-12:00,13:30-18:00', 'Mo-Fr 07:30-18:30; Sa 08:00-12:00'],
    services: ['appointment'],
  },
  electrician: {
    weight: 3,
    names: ['Électricité {surname}', '{surname} Électricité Générale'],
    hours: ['Mo-Fr 08:00-12:00,13:30-17:30'],
    services: ['appointment'],
  },
  locksmith: {
    weight: 2,
    names: ['Serrurerie {surname}', 'Clés Minute du {place}'],
    hours: ['Mo-Sa 08:00-19:00', 'Mo-Fr 08:30-12:00,14:00-18:30; Sa 09:00-12:00'],
    services: ['appointment'],
  },
  services: {
    weight: 4,
    names: ['Pressing du {place}', 'Laverie {adjective}', 'Retouches {firstname}', 'Imprimerie {surname}'],
    hours: ['Mo-Fr 08:30-12:30,14:00-19:00; Sa 09:00-12:00', 'Mo-Su 07:00-21:00'],
    services: ['click_collect', 'appointment'],
  },
};

/**
 * How often demo listings carry what the hours model must handle beyond the week: a fortnight
 * of leave, a special day with short hours, a temporary closure with or without an end date.
 * Shares of all listings (or of the temporarily closed ones for `closureWithEndDate`).
 */
export const HOURS_VARIETY = {
  leave: { share: 0.1, startsWithinDays: 40, lengthDays: [7, 14] },
  specialDay: { share: 0.08, withinDays: 20, range: { start: 9 * 60, end: 12 * 60 } },
  closureWithEndDate: { share: 0.8, reopensWithinDays: [3, 45] },
} as const;

export const SURNAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
  'Morel', 'Girard', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'Le Gall',
  'Le Goff', 'Guillou', 'Le Roux', 'Tanguy', 'Jaouen', 'Rossi', 'Fabre', 'Roussel', 'Olivier', 'Marchand',
];
export const FIRSTNAMES = ['Marie', 'Jeanne', 'Camille', 'Léa', 'Nadia', 'Sophie', 'Yann', 'Pierre', 'Louis', 'Karim', 'Julien', 'Anne', 'Gwen', 'Marius'];
export const PLACES = ['Marché', 'Port', 'Centre', 'Vieux Moulin', 'Cours', 'Château', 'Clocher', 'Quai', 'Lavoir', 'Parc', 'Village', 'Pont'];
export const ADJECTIVES = ['Doré', 'Gourmand', 'Frais', 'Fleuri', 'Malin', 'Vert', 'Joli', 'Bleu', 'Provençal', 'Breton'];
export const STREETS = [
  'rue de la République', 'avenue Jean Jaurès', 'rue Victor Hugo', 'place du Marché', 'rue Pasteur', 'boulevard Gambetta',
  'rue de l’Église', 'rue du Port', 'avenue de la Gare', 'rue des Écoles', 'place de la Mairie', 'rue Nationale',
  'cours Mirabeau', 'rue du Général de Gaulle', 'chemin des Vignes', 'rue des Lilas', 'quai des Belges', 'rue Saint-Michel',
];
