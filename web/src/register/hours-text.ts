import { parseOpeningHours, WEEKDAY_CODES } from '#schema/hours/index.ts';

/** One day of the friendly editor: open or not, a morning range and an optional afternoon one. */
export type DayHours = { open: boolean; start: string; end: string; lunchBreak: boolean; start2: string; end2: string };
export type WeekHours = { days: DayHours[]; holidaysClosed: boolean };

export const DEFAULT_DAY: DayHours = { open: true, start: '09:00', end: '12:30', lunchBreak: true, start2: '14:00', end2: '19:00' };
const CLOSED_DAY: DayHours = { ...DEFAULT_DAY, open: false };

export function defaultWeek(): WeekHours {
  return { days: WEEKDAY_CODES.map((_, i) => (i < 6 ? { ...DEFAULT_DAY } : { ...CLOSED_DAY })), holidaysClosed: true };
}

function rangesOf(day: DayHours): string {
  return day.lunchBreak ? `${day.start}-${day.end},${day.start2}-${day.end2}` : `${day.start}-${day.end}`;
}

/** The OSM `opening_hours` text: consecutive days with the same hours share one rule. */
export function toOpeningHours(week: WeekHours): string {
  const rules: string[] = [];
  let i = 0;
  while (i < 7) {
    const day = week.days[i]!;
    let j = i;
    while (j + 1 < 7 && week.days[j + 1]!.open === day.open && (!day.open || rangesOf(week.days[j + 1]!) === rangesOf(day))) j++;
    if (day.open) rules.push(`${WEEKDAY_CODES[i]}${j > i ? `${j === i + 1 ? ',' : '-'}${WEEKDAY_CODES[j]}` : ''} ${rangesOf(day)}`);
    i = j + 1;
  }
  if (rules.length > 0 && week.holidaysClosed) rules.push('PH off');
  return rules.join('; ');
}

const minutes = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * Back from OSM text to the editor, when the text is something the editor could have written;
 * null otherwise (then the page offers the text itself).
 */
export function fromOpeningHours(text: string): WeekHours | null {
  const parsed = parseOpeningHours(text);
  if (!parsed.ok) return null;
  const week: WeekHours = { days: WEEKDAY_CODES.map(() => ({ ...CLOSED_DAY })), holidaysClosed: false };
  for (const rule of parsed.schedule.rules) {
    if (rule.days.kind !== 'days') return null;
    if (rule.days.holidays) {
      if (rule.days.weekdays.length > 0 || rule.ranges.length > 0) return null;
      week.holidaysClosed = true;
      continue;
    }
    if (rule.ranges.length > 2 || rule.ranges.some((r) => r.end > 1440)) return null;
    for (const weekday of rule.days.weekdays) {
      const [first, second] = rule.ranges;
      week.days[weekday] = first
        ? { open: true, start: minutes(first.start), end: minutes(first.end), lunchBreak: second !== undefined, start2: second ? minutes(second.start) : DEFAULT_DAY.start2, end2: second ? minutes(second.end) : DEFAULT_DAY.end2 }
        : { ...CLOSED_DAY };
    }
  }
  return week;
}
