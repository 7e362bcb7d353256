import { evaluateListing, hoursInputOf } from '#schema/hours/index.ts';
import type { ListingFeature } from '#schema/listing.ts';
import type { ListingFilters } from '#schema/queries.ts';
import { toFeature, toPublicListing, type ListingRow } from '../db/listings.ts';
import type { Tenant } from '../tenant.ts';
import { publishedOpeningHours } from '../services/listing-status.ts';
import { hoursSettingsOf } from '../services/tenant-hours.ts';

/**
 * Turns rows into map features with their hours evaluated at the instant asked for, dropping
 * those the `open` filter refuses: the hours model runs in the Worker, so `open` is checked on
 * each candidate after the index has narrowed them.
 */
export function featureBuilder(tenant: Tenant, filters: ListingFilters, now: Date) {
  const settings = hoursSettingsOf(tenant);
  const at = filters.at ?? now;
  return (row: ListingRow): ListingFeature | null => {
    const listing = toPublicListing(row);
    const evaluation = evaluateListing(hoursInputOf(listing), settings, at);
    if (filters.open && !evaluation.openNow) return null;
    const feature = toFeature(listing);
    feature.properties.opening_hours = publishedOpeningHours(listing, tenant);
    feature.properties.open_now = evaluation.openNow;
    feature.properties.next_change = evaluation.nextChange?.toISOString() ?? null;
    feature.properties.stale = evaluation.stale;
    return feature;
  };
}
