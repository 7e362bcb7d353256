import { closesOnPublicHolidays, effectiveOpeningHours, formatOpenStatus, hoursInputOf, listingStatusAt, type OpenStatus } from '#schema/hours/index.ts';
import type { PublicListing } from '#schema/listing.ts';
import type { Language } from '#schema/tenant.ts';
import type { Tenant } from '../tenant.ts';
import { hoursSettingsOf } from './tenant-hours.ts';


/** A listing's status at `at`, the same answer the map, the list and the card give in the browser. */
export function publicStatusAt(listing: PublicListing, tenant: Tenant, at: Date): OpenStatus {
  return listingStatusAt(hoursInputOf(listing), hoursSettingsOf(tenant), at);
}

export function statusWords(listing: PublicListing, tenant: Tenant, at: Date, language: Language): string {
  return formatOpenStatus(publicStatusAt(listing, tenant, at), language);
}

/** The instant a page speaks of: its `at` query when it is a valid date (a link shared from "open at"), otherwise now. */
export function instantOf(at: string | undefined, now: Date): Date {
  const parsed = at === undefined ? Number.NaN : Date.parse(at);
  return Number.isNaN(parsed) ? now : new Date(parsed);
}

/**
 * The listing's hours as we evaluate them, the tenant's holiday policy written in unless the
 * business said what it does on public holidays: what OSM tools must read.
 */
export function publishedOpeningHours(listing: Pick<PublicListing, 'openingHours' | 'holidaysAsUsual'>, tenant: Pick<Tenant, 'publicHolidaysClosed'>): string {
  return effectiveOpeningHours(listing.openingHours, closesOnPublicHolidays(tenant.publicHolidaysClosed, listing.holidaysAsUsual));
}

export function publishedHours(listing: PublicListing, tenant: Pick<Tenant, 'publicHolidaysClosed'>): PublicListing {
  return { ...listing, openingHours: publishedOpeningHours(listing, tenant) };
}
