import {
  DEFAULT_CLOSES_SOON_MINUTES,
  DEFAULT_STALE_AFTER_DAYS,
  evaluateListing,
  hoursInputOf,
  holidayCalendarFromDates,
  listingStatusAt,
  parseOpeningHours,
  setFallbackCompiler,
  type HolidayCalendar,
  type ListingHoursInput,
  type OpenStatus,
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
  return {
    timezone: tenant.timezone,
    staleAfterDays: hours.staleAfterDays,
    publicHolidaysClosed: hours.publicHolidaysClosed,
    holidays,
    closesSoonMinutes: hours.closesSoonMinutes ?? DEFAULT_CLOSES_SOON_MINUTES,
  };
}

let libraryRequested = false;
/** Texts already looked at: every listing is evaluated again each minute, its text parsed once. */
const checkedTexts = new Set<string>();

/** OpenStreetMap's evaluator is far too heavy for the first load: it comes the first time hours need it. */
function requestLibraryFor(openingHours: string): void {
  if (libraryRequested || checkedTexts.has(openingHours)) return;
  checkedTexts.add(openingHours);
  if (openingHours.trim() === '' || parseOpeningHours(openingHours).ok) return;
  libraryRequested = true;
  import('#schema/hours/osm-library.ts').then(
    (library) => {
      setFallbackCompiler(library.compileWithLibrary);
      libraryLoaded();
    },
    () => {
      // Offline before it was ever cached: the card shows the text, and the next listing asks again.
      libraryRequested = false;
      checkedTexts.clear();
    },
  );
}

export function evaluateCard(listing: PublicListing, tenant: PublicTenant, at: Date) {
  requestLibraryFor(listing.openingHours);
  return evaluateListing(hoursInputOf(listing), browserHoursSettings(tenant), at);
}

/** The status of hours read from a card, a map feature, or as saved with a starred place. */
export function hoursStatus(input: ListingHoursInput, tenant: PublicTenant, at: Date): OpenStatus {
  requestLibraryFor(input.openingHours);
  return listingStatusAt(input, browserHoursSettings(tenant), at);
}

export function cardStatus(listing: PublicListing, tenant: PublicTenant, at: Date): OpenStatus {
  return hoursStatus(hoursInputOf(listing), tenant, at);
}

/** The hours a map feature carries, as the shared model reads them. */
export function featureInput({ properties: props }: ListingFeature): ListingHoursInput {
  return {
    openingHours: props.opening_hours ?? '',
    status: props.status,
    statusUntil: props.status_until ?? null,
    lastConfirmedAt: props.last_confirmed_at ?? new Date(0).toISOString(),
    holidaysAsUsual: props.holidays_as_usual,
    unconfirmed: props.stale,
    services: props.services,
  };
}

/** A map feature's status, from the hours it carries: what markers and the list show, offline too. */
export function featureStatus(feature: ListingFeature, tenant: PublicTenant, at: Date): OpenStatus {
  return hoursStatus(featureInput(feature), tenant, at);
}
