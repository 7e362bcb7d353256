import { z } from 'zod';
import { CATEGORIES, SERVICES } from './categories.ts';
import { LISTING_STATUSES } from './status.ts';

export const NAME_MAX_LENGTH = 120;
export const ADDRESS_MAX_LENGTH = 200;

export const CategorySchema = z.enum(CATEGORIES);
export const ServiceSchema = z.enum(SERVICES);
export const ListingStatusSchema = z.enum(LISTING_STATUSES);

export const ListingIdSchema = z.string().regex(/^[0-9a-z]{1,32}$/, 'listing.id');

/** A listing as the public sees it: nothing here is private to the shopkeeper. */
export const PublicListingSchema = z.object({
  id: ListingIdSchema,
  name: z.string().max(NAME_MAX_LENGTH),
  category: CategorySchema,
  status: ListingStatusSchema,
  address: z.string().max(ADDRESS_MAX_LENGTH),
  postcode: z.string(),
  commune: z.string(),
  communeInsee: z.string().regex(/^[0-9][0-9AB][0-9]{3}$/),
  lat: z.number(),
  lng: z.number(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  services: z.array(ServiceSchema),
  openingHours: z.string(),
  lastConfirmedAt: z.string(),
  updatedAt: z.string(),
});
export type PublicListing = z.infer<typeof PublicListingSchema>;

/** The subset carried by each map feature: enough to draw and list, no more. */
export type ListingFeatureProperties = Pick<PublicListing, 'id' | 'name' | 'category' | 'status' | 'commune' | 'address'>;

export type ListingFeature = {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: ListingFeatureProperties;
};

export type ListingFeatureCollection = {
  type: 'FeatureCollection';
  features: ListingFeature[];
};
