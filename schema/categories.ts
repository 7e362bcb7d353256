/** Business categories a resident filters by. Labels live in the translations, keyed by id. */
export const CATEGORIES = [
  'grocery',
  'bakery',
  'butcher',
  'cheese',
  'fishmonger',
  'market_gardener',
  'wine',
  'restaurant',
  'pharmacy',
  'hardware',
  'bookshop',
  'florist',
  'hairdresser',
  'clothing',
  'repair',
  'plumber',
  'electrician',
  'locksmith',
  'services',
] as const;

export type Category = (typeof CATEGORIES)[number];

export const SERVICES = ['delivery', 'click_collect', 'takeaway', 'drive', 'appointment'] as const;
export type Service = (typeof SERVICES)[number];
