import { holidayCalendarFor, holidayDatesBetween, holidayRegionForTimezone } from '#schema/hours/french-holidays.ts';
import type { TenantHoursSettings } from '#schema/hours/index.ts';
import type { Tenant } from '../tenant.ts';

const DAY_MS = 86_400_000;
const HOLIDAYS_AHEAD_DAYS = 400;

function regionOf(tenant: Pick<Tenant, 'holidayRegion' | 'timezone'>): string {
  return tenant.holidayRegion ?? holidayRegionForTimezone(tenant.timezone);
}

/** The tenant's own settings for the hours model: its zone, staleness age and holiday rules. */
export function hoursSettingsOf(tenant: Tenant): TenantHoursSettings {
  return {
    timezone: tenant.timezone,
    staleAfterDays: tenant.staleAfterDays,
    publicHolidaysClosed: tenant.publicHolidaysClosed,
    holidays: holidayCalendarFor(regionOf(tenant)),
    closesSoonMinutes: tenant.closesSoonMinutes,
  };
}

/**
 * Public holidays from yesterday (whatever the zone) to a year ahead, as ISO dates: the browser
 * builds the same calendar from them without shipping the holiday database.
 */
export function holidayDatesAhead(tenant: Pick<Tenant, 'holidayRegion' | 'timezone'>, now: Date): string[] {
  const today = Math.floor(now.getTime() / DAY_MS);
  return holidayDatesBetween(regionOf(tenant), today - 1, today + HOLIDAYS_AHEAD_DAYS);
}
