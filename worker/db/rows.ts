import type { Category } from '#schema/categories.ts';
import type { ListingStatus } from '#schema/status.ts';
import type { Language } from '#schema/tenant.ts';
import type { TileSource } from '#schema/tile-sources.ts';

// Row types only, free of Workers types: the seed and the tests build their rows from these.

/** A listing as the public queries read it. */
export type ListingRow = {
  id: string;
  name: string;
  category: Category;
  status: ListingStatus;
  /** `temporarily_closed` only: the local date (YYYY-MM-DD) the business reopens, or null. */
  status_until: string | null;
  address: string;
  postcode: string;
  commune: string;
  commune_insee: string;
  lat: number;
  lng: number;
  phone: string | null;
  website: string | null;
  services: string;
  opening_hours: string;
  last_confirmed_at: string;
  updated_at: string;
  /** Absent from rows read by queries that list their own columns. */
  osm_id?: string | null;
  osm_claimed_at?: string | null;
  holidays_as_usual?: number;
};

/** A tenants row, column for column. */
export type TenantRow = {
  id: number;
  slug: string;
  name: string;
  logo_url: string | null;
  colour_primary: string;
  colour_on_primary: string;
  centre_lat: number;
  centre_lng: number;
  default_zoom: number;
  bounds_west: number;
  bounds_south: number;
  bounds_east: number;
  bounds_north: number;
  timezone: string;
  default_language: Language;
  tile_source: TileSource;
  /** The custom source's template and credit; empty for the other sources. */
  tile_url: string;
  tile_attribution: string;
  tile_cache_mb: number;
  stale_after_days: number;
  public_holidays_closed: number;
  closes_soon_minutes: number;
  holiday_region: string | null;
  main_town: string;
};
