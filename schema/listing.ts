import { z } from 'zod';
import { CATEGORIES, SERVICES } from './categories.ts';
import { LISTING_STATUSES, type ListingStatus } from './status.ts';

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
  /** The local date a temporary closure ends, when the business gave one. */
  statusUntil: z.string().nullable(),
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
  /** Sent only when true: the business keeps its usual hours on public holidays, whatever the tenant's policy. */
  holidaysAsUsual: z.boolean().optional(),
  lastConfirmedAt: z.string(),
  updatedAt: z.string(),
  /** The OpenStreetMap element it was imported from (ODbL data) and whether its business has claimed it; null when a business declared it. */
  osm: z.object({ id: z.string(), claimed: z.boolean() }).nullable().optional(),
  /** Sent only while a crisis campaign waits for this business's answer ("to be confirmed"). */
  stale: z.boolean().optional(),
});
export type PublicListing = z.infer<typeof PublicListingSchema>;

/** The subset carried by each map feature: enough to draw, list and filter, no more. */
export type ListingFeatureProperties = Pick<PublicListing, 'id' | 'name' | 'category' | 'status' | 'commune' | 'address'> & {
  // Always sent by the API; optional so that features built before these fields existed still type.
  services?: PublicListing['services'];
  opening_hours?: string;
  status_until?: string | null;
  last_confirmed_at?: string;
  /** Sent only when true, as `holidaysAsUsual`. */
  holidays_as_usual?: boolean;
  /** Metres from the point asked for: nearest answers only. */
  distance_m?: number;
  /** From the opening-hours model at the instant asked for (`at`, or now). */
  open_now?: boolean;
  next_change?: string | null;
  stale?: boolean;
};

export type ListingFeature = {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: ListingFeatureProperties;
};

export type ListingFeatureCollection = {
  type: 'FeatureCollection';
  kind: 'listings';
  features: ListingFeature[];
  /** More listings matched than were sent. */
  truncated: boolean;
};

export type StatusCounts = Record<ListingStatus, number>;

/** The listings of one grid cell of a zoomed-out map, drawn at their centroid. */
export type ClusterFeature = {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { level: number; cell: number; count: number; statuses: StatusCounts };
};

/**
 * A zoomed-out answer: counts per cell instead of points. Counts honour the category filter;
 * filters that counts cannot honour (text, services, open now) are named in `ignoredFilters`.
 */
export type ClusterFeatureCollection = {
  type: 'FeatureCollection';
  kind: 'clusters';
  features: ClusterFeature[];
  truncated: false;
  ignoredFilters: string[];
};

export type ListingsAnswer = ListingFeatureCollection | ClusterFeatureCollection;
