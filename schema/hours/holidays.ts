import { parseIsoDate } from './local-time.ts';

/**
 * Which local days are public holidays for a tenant. The Worker builds it from a maintained
 * holiday package (see french-holidays.ts); the browser builds it from the dates the API sends,
 * so that the page does not carry a worldwide holiday database in its first load.
 */
export type HolidayCalendar = { isHoliday(dayNumber: number): boolean };

export const NO_HOLIDAYS: HolidayCalendar = { isHoliday: () => false };

export function holidayCalendarFromDates(dates: readonly string[]): HolidayCalendar {
  const days = new Set<number>();
  for (const date of dates) {
    const day = parseIsoDate(date);
    if (day !== null) days.add(day);
  }
  return { isHoliday: (dayNumber) => days.has(dayNumber) };
}
