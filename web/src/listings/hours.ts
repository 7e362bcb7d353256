import {
  DEFAULT_STALE_AFTER_DAYS,
  evaluateListing,
  holidayCalendarFromDates,
  parseOpeningHours,
  setFallbackCompiler,
  type HolidayCalendar,
  type HoursSummary,
  type TenantHoursSettings,
} from '#schema/hours/index.ts';
import type { ListingFeature, PublicListing } from '#schema/listing.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { libraryLoaded } from './library-hours.ts';

const FALLBACK_HOURS: PublicTenant['hours'] = { staleAfterDays: DEFAULT_STALE_AFTER_DAYS, publicHolidaysClosed: true, holidays: [] };

const calendars = new WeakMap<PublicTenant['hours'], HolidayCalendar>();

/**
 * The browser evaluates hours with the tenant's own settings and the public holidays the API
 * sent with the tenant, so a card or a list row offline says what the API would say online.
 */
export function browserHoursSettings(tenant: PublicTenant): TenantHoursSettings {
  // A tenant kept offline by an older version of the app has no hours settings: use the defaults.
  const hours = tenant.hours ?? FALLBACK_HOURS;
  let holidays = calendars.get(hours);
  if (!holidays) {
    holidays = holidayCalendarFromDates(hours.holidays);
    calendars.set(hours, holidays);
  }
  return { timezone: tenant.timezone, staleAfterDays: hours.staleAfterDays, publicHolidaysClosed: hours.publicHolidaysClosed, holidays };
}

let libraryRequested = false;

/** OpenStreetMap's evaluator is far too heavy for the first load: it comes the first time hours need it. */
function requestLibraryFor(openingHours: string): void {
  if (libraryRequested || openingHours.trim() === '' || parseOpeningHours(openingHours).ok) return;
  libraryRequested = true;
  import('#schema/hours/osm-library.ts').then(
    (library) => {
      setFallbackCompiler(library.compileWithLibrary);
      libraryLoaded();
    },
    () => {
      // Offline before it was ever cached: the card shows the text, and the next listing asks again.
      libraryRequested = false;
    },
  );
}

export function evaluateCard(listing: PublicListing, tenant: PublicTenant, at: Date) {
  requestLibraryFor(listing.openingHours);
  return evaluateListing(
    { openingHours: listing.openingHours, status: listing.status, statusUntil: listing.statusUntil, lastConfirmedAt: listing.lastConfirmedAt },
    browserHoursSettings(tenant),
    at,
  );
}

/** A list row's summary computed here by the shared model: what the list shows offline. */
export function evaluatedSummary(feature: ListingFeature, tenant: PublicTenant, at: Date): HoursSummary | null {
  const props = feature.properties;
  if (props.opening_hours === undefined) return null;
  requestLibraryFor(props.opening_hours);
  return evaluateListing(
    { openingHours: props.opening_hours, status: props.status, statusUntil: props.status_until ?? null, lastConfirmedAt: props.last_confirmed_at ?? new Date(0).toISOString() },
    browserHoursSettings(tenant),
    at,
  ).summary;
}
