import { z } from 'zod';
import { CATEGORIES, type Category } from '../categories.ts';

/**
 * Which OpenStreetMap tag makes which category, read `key=value`. The first tag of a feature
 * found here wins, in the order shop, craft, amenity. Features with none of them are left out of
 * an import and counted in its report.
 */
export const DEFAULT_OSM_CATEGORIES: Readonly<Record<string, Category>> = {
  'shop=bakery': 'bakery',
  'shop=pastry': 'bakery',
  'shop=confectionery': 'bakery',
  'shop=butcher': 'butcher',
  'shop=cheese': 'cheese',
  'shop=dairy': 'cheese',
  'shop=seafood': 'fishmonger',
  'shop=greengrocer': 'market_gardener',
  'shop=farm': 'market_gardener',
  'shop=wine': 'wine',
  'shop=alcohol': 'wine',
  'shop=convenience': 'grocery',
  'shop=supermarket': 'grocery',
  'shop=deli': 'grocery',
  'shop=general': 'grocery',
  'shop=organic': 'grocery',
  'shop=frozen_food': 'grocery',
  'shop=hardware': 'hardware',
  'shop=doityourself': 'hardware',
  'shop=books': 'bookshop',
  'shop=florist': 'florist',
  'shop=garden_centre': 'florist',
  'shop=hairdresser': 'hairdresser',
  'shop=beauty': 'hairdresser',
  'shop=clothes': 'clothing',
  'shop=shoes': 'clothing',
  'shop=repair': 'repair',
  'shop=computer': 'repair',
  'shop=mobile_phone': 'repair',
  'shop=bicycle': 'repair',
  'shop=locksmith': 'locksmith',
  'craft=shoemaker': 'repair',
  'craft=plumber': 'plumber',
  'craft=hvac': 'plumber',
  'craft=electrician': 'electrician',
  'craft=locksmith': 'locksmith',
  'craft=key_cutter': 'locksmith',
  'craft=hairdresser': 'hairdresser',
  'amenity=restaurant': 'restaurant',
  'amenity=fast_food': 'restaurant',
  'amenity=cafe': 'restaurant',
  'amenity=pharmacy': 'pharmacy',
  'shop=dry_cleaning': 'services',
  'shop=laundry': 'services',
  'shop=copyshop': 'services',
  'amenity=post_office': 'services',
};

export const OSM_CATEGORY_KEYS = ['shop', 'craft', 'amenity'] as const;

/** One change to a tenant's table: a tag and its category, or null to go back to the default. */
export const OsmCategoryChangeSchema = z.object({
  tag: z.string().regex(/^(shop|craft|amenity)=[a-z0-9_:;-]{1,60}$/, 'osm.tag'),
  category: z.enum(CATEGORIES, { error: 'registration.category' }).nullable(),
});
export type OsmCategoryChange = z.infer<typeof OsmCategoryChangeSchema>;

export type OsmCategories = { defaults: Record<string, Category>; tenant: Record<string, Category> };

/** The table an import reads: the defaults, with what the tenant's staff added or changed on top (the console and the tenant CLI alike). */
export function osmCategoryMapping({ defaults, tenant }: OsmCategories): Record<string, Category> {
  return { ...defaults, ...tenant };
}
