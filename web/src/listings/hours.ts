import { DEFAULT_STALE_AFTER_DAYS, evaluateListing, NO_HOLIDAYS, type HoursSummary, type TenantHoursSettings } from '#schema/hours/index.ts';
import type { ListingFeature, PublicListing } from '#schema/listing.ts';
import type { PublicTenant } from '#schema/tenant.ts';

/**
 * The browser's hours settings. The tenant answer does not carry its public holidays yet, so
 * offline evaluation treats no day as a holiday; online, the API's own evaluation (which knows
 * them) is used whenever a feature carries it.
 */
export function browserHoursSettings(tenant: PublicTenant): TenantHoursSettings {
  return { timezone: tenant.timezone, staleAfterDays: DEFAULT_STALE_AFTER_DAYS, publicHolidaysClosed: true, holidays: NO_HOLIDAYS };
}

export function evaluateCard(listing: PublicListing, tenant: PublicTenant, at: Date) {
  return evaluateListing(
    { openingHours: listing.openingHours, status: listing.status, statusUntil: null, lastConfirmedAt: listing.lastConfirmedAt },
    browserHoursSettings(tenant),
    at,
  );
}

/** A list row's summary computed here by the shared model: what the list shows offline. */
export function evaluatedSummary(feature: ListingFeature, tenant: PublicTenant, at: Date): HoursSummary | null {
  const props = feature.properties;
  if (props.opening_hours === undefined) return null;
  return evaluateListing(
    { openingHours: props.opening_hours, status: props.status, statusUntil: null, lastConfirmedAt: props.last_confirmed_at ?? new Date(0).toISOString() },
    browserHoursSettings(tenant),
    at,
  ).summary;
}
