import Holidays from 'date-holidays';
import type { HolidayCalendar } from './holidays.ts';
import { dayNumberOf, isoDate, localDateOf } from './local-time.ts';

/**
 * Public holidays from `date-holidays` (maintained, covers Alsace-Moselle and the overseas
 * territories). It weighs about 240 KB gzip, so only the Worker imports this module; the web
 * receives the dates from the API and uses holidayCalendarFromDates.
 */

/** Each French territory's zone names its holiday region; Alsace-Moselle must be set explicitly (FR-57, FR-67, FR-68). */
const REGION_BY_TIMEZONE: Record<string, string> = {
  'Europe/Paris': 'FR',
  'America/Cayenne': 'FR-GF',
  'America/Guadeloupe': 'FR-GP',
  'America/Martinique': 'FR-MQ',
  'America/Marigot': 'FR-MF',
  'America/St_Barthelemy': 'FR-BL',
  'Indian/Reunion': 'FR-RE',
  'Indian/Mayotte': 'FR-YT',
  'America/Miquelon': 'PM',
  'Pacific/Noumea': 'NC',
  'Pacific/Tahiti': 'PF',
  'Pacific/Wallis': 'WF',
};

export function holidayRegionForTimezone(timeZone: string): string {
  return REGION_BY_TIMEZONE[timeZone] ?? 'FR';
}

const calendars = new Map<string, HolidayCalendar>();

function publicHolidayDays(holidays: Holidays, year: number): Set<number> {
  const days = new Set<number>();
  for (const holiday of holidays.getHolidays(year) || []) {
    if (holiday.type !== 'public') continue;
    const [y, m, d] = holiday.date.slice(0, 10).split('-').map(Number);
    days.add(dayNumberOf(y as number, m as number, d as number));
  }
  return days;
}

/** A region is `FR`, `FR-RE`, `NC`…: country, then optional state, as date-holidays names them. */
export function holidayCalendarFor(region: string): HolidayCalendar {
  let calendar = calendars.get(region);
  if (!calendar) {
    const [country = 'FR', state] = region.split('-');
    const holidays = state === undefined ? new Holidays(country) : new Holidays(country, state);
    const byYear = new Map<number, Set<number>>();
    calendar = {
      isHoliday(dayNumber) {
        const { year } = localDateOf(dayNumber);
        let days = byYear.get(year);
        if (!days) {
          days = publicHolidayDays(holidays, year);
          byYear.set(year, days);
        }
        return days.has(dayNumber);
      },
    };
    calendars.set(region, calendar);
  }
  return calendar;
}

/** The holiday dates between two local days, inclusive: what the API hands to the web's calendar. */
export function holidayDatesBetween(region: string, fromDay: number, toDay: number): string[] {
  const calendar = holidayCalendarFor(region);
  const dates: string[] = [];
  for (let day = fromDay; day <= toDay; day++) if (calendar.isHoliday(day)) dates.push(isoDate(day));
  return dates;
}
