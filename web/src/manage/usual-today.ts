import { closesOnPublicHolidays, compileSchedule, localIntervals, parseOpeningHours, toLocal } from '#schema/hours/index.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { browserHoursSettings } from '../listings/hours.ts';

/**
 * Whether the listing's usual hours open it at some time today, in the tenant's zone, holidays
 * and exceptions included. Hours the model cannot read count as open: the page then offers what
 * it always did.
 */
export function usuallyOpenToday(listing: { openingHours: string; holidaysAsUsual: boolean }, tenant: PublicTenant, now: Date): boolean {
  const parsed = parseOpeningHours(listing.openingHours);
  if (!parsed.ok) return true;
  const settings = browserHoursSettings(tenant);
  const { rules } = compileSchedule(parsed.schedule, closesOnPublicHolidays(settings.publicHolidaysClosed, listing.holidaysAsUsual));
  return localIntervals(rules, toLocal(tenant.timezone, now).dayNumber, settings.holidays).length > 0;
}
