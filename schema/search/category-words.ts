import { CATEGORIES, type Category } from '../categories.ts';

/**
 * Words residents type for each category, French and English, including what is sold there
 * ("pain" finds bakeries, "plombier" plumbers). Written without accents: search folds accents.
 */
export const CATEGORY_WORDS: Record<Category, readonly string[]> = {
  grocery: ['epicerie', 'epicier', 'alimentation', 'superette', 'courses', 'grocery', 'groceries', 'food'],
  bakery: ['boulangerie', 'boulanger', 'pain', 'baguette', 'viennoiserie', 'croissant', 'patisserie', 'bakery', 'bread', 'pastry'],
  butcher: ['boucherie', 'boucher', 'charcuterie', 'viande', 'volaille', 'butcher', 'meat'],
  cheese: ['fromagerie', 'fromager', 'fromage', 'cremerie', 'cheese', 'dairy'],
  fishmonger: ['poissonnerie', 'poissonnier', 'poisson', 'fruits de mer', 'coquillages', 'fish', 'fishmonger', 'seafood'],
  market_gardener: ['maraicher', 'primeur', 'legumes', 'fruits', 'ferme', 'miel', 'oeufs', 'producteur', 'vegetables', 'farm', 'honey', 'eggs'],
  wine: ['caviste', 'cave', 'vin', 'vins', 'biere', 'spiritueux', 'wine', 'beer'],
  restaurant: ['restaurant', 'traiteur', 'pizzeria', 'pizza', 'brasserie', 'cafe', 'repas', 'food', 'takeaway'],
  pharmacy: ['pharmacie', 'pharmacien', 'medicaments', 'parapharmacie', 'pharmacy', 'chemist', 'drugstore'],
  hardware: ['quincaillerie', 'bricolage', 'outils', 'droguerie', 'hardware', 'tools', 'diy'],
  bookshop: ['librairie', 'livres', 'presse', 'journaux', 'papeterie', 'bookshop', 'books', 'newsagent'],
  florist: ['fleuriste', 'fleurs', 'plantes', 'bouquet', 'florist', 'flowers', 'plants'],
  hairdresser: ['coiffeur', 'coiffeuse', 'coiffure', 'barbier', 'salon', 'hairdresser', 'barber', 'haircut'],
  clothing: ['vetements', 'habillement', 'mode', 'chaussures', 'pret-a-porter', 'clothes', 'clothing', 'shoes', 'fashion'],
  repair: ['reparation', 'reparateur', 'cordonnier', 'cordonnerie', 'couture', 'retouches', 'velo', 'repair', 'cobbler', 'bike'],
  plumber: ['plombier', 'plomberie', 'chauffagiste', 'chauffage', 'fuite', 'plumber', 'plumbing', 'heating'],
  electrician: ['electricien', 'electricite', 'depannage', 'electrician', 'electrical', 'wiring'],
  locksmith: ['serrurier', 'serrurerie', 'cles', 'serrure', 'locksmith', 'keys', 'lock'],
  services: ['services', 'pressing', 'laverie', 'informatique', 'imprimerie', 'assurance', 'laundry', 'printing'],
};

/** Lower case, accents and punctuation removed: the form words are compared in. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a free-text query, folded, in the order typed. */
export function queryWords(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/** Categories a typed word designates: any of their words equals it, or starts with it from 3 letters. */
export function categoriesForWord(word: string): Category[] {
  const folded = foldText(word);
  return CATEGORIES.filter((category) =>
    CATEGORY_WORDS[category].some((candidate) => candidate === folded || (folded.length >= 3 && candidate.startsWith(folded))),
  );
}
