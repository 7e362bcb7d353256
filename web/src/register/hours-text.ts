import { DatedHoursSchema, type DatedHoursInput } from '#schema/hours/dated-hours.ts';
import { dayNumberOf, formatWeekdays, isoDate, parseOpeningHours, toOpeningHours, WEEKDAY_CODES, type DatePoint, type DateSpan, type PublicHolidaysKind, type TimeRange } from '#schema/hours/index.ts';

/** One day of the friendly editor: open or not, a morning range and an optional afternoon one. */
export type DayHours = { open: boolean; start: string; end: string; lunchBreak: boolean; start2: string; end2: string };
/** A dated exception: first and last day (YYYY-MM-DD, inclusive, equal for one day), closed or open as a day is. */
export type DatedHours = DayHours & { from: string; to: string };
/** `holidays`: what the business does on public holidays; `holidayHours`: its hours then, when they are special. */
export type WeekHours = { days: DayHours[]; holidays: PublicHolidaysKind; holidayHours: DayHours; exceptions: DatedHours[] };

export const DEFAULT_DAY: DayHours = { open: true, start: '09:00', end: '12:30', lunchBreak: true, start2: '14:00', end2: '19:00' };
const CLOSED_DAY: DayHours = { ...DEFAULT_DAY, open: false };
/** What "Add" gives: closed, dates to choose. */
export const NEW_EXCEPTION: DatedHours = { ...CLOSED_DAY, lunchBreak: false, end: '12:00', from: '', to: '' };
/** Where special hours on public holidays start from: a morning. */
const HOLIDAY_MORNING: DayHours = { ...DEFAULT_DAY, lunchBreak: false, end: '12:00' };

export function defaultWeek(): WeekHours {
  return { days: WEEKDAY_CODES.map((_, i) => (i < 6 ? { ...DEFAULT_DAY } : { ...CLOSED_DAY })), holidays: 'closed', holidayHours: { ...HOLIDAY_MORNING }, exceptions: [] };
}

function rangeList(day: DayHours): Array<{ start: string; end: string }> {
  const first = { start: day.start, end: day.end };
  return day.lunchBreak ? [first, { start: day.start2, end: day.end2 }] : [first];
}

function rangesOf(day: DayHours): string {
  return rangeList(day)
    .map((range) => `${range.start}-${range.end}`)
    .join(',');
}

/** What the shared DatedHoursSchema reads from an exception of the form. */
export function datedHoursInput(exception: DatedHours): DatedHoursInput {
  return { dates: { from: exception.from, to: exception.to }, ranges: exception.open ? rangeList(exception) : [] };
}

/**
 * The OSM `opening_hours` text: consecutive days with the same hours share one rule; then the
 * public holidays' rule (`PH off`, `PH 09:00-12:00`; none for usual hours or the tenant's
 * default), then the dated exceptions, which OSM reads last so that they win over both. An
 * exception not filled in properly is left out: the form shows its errors and will not go on.
 */
export function weekToOpeningHours(week: WeekHours): string {
  const rules: string[] = [];
  let i = 0;
  while (i < 7) {
    const day = week.days[i]!;
    let j = i;
    while (j + 1 < 7 && week.days[j + 1]!.open === day.open && (!day.open || rangesOf(week.days[j + 1]!) === rangesOf(day))) j++;
    // The ranges stay as typed, so that a time left empty gives a text the schema refuses.
    if (day.open) rules.push(`${formatWeekdays(Array.from({ length: j - i + 1 }, (_, k) => i + k)).join(',')} ${rangesOf(day)}`);
    i = j + 1;
  }
  if (rules.length > 0 && week.holidays === 'closed') rules.push('PH off');
  if (rules.length > 0 && week.holidays === 'special') rules.push(`PH ${rangesOf(week.holidayHours)}`);
  const dated = week.exceptions.flatMap((exception) => {
    const parsed = DatedHoursSchema.safeParse(datedHoursInput(exception));
    return parsed.success ? [parsed.data] : [];
  });
  if (dated.length > 0) rules.push(toOpeningHours({ rules: dated }));
  return rules.join('; ');
}

const minutes = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The editor's day for a rule's ranges; null when it has more ranges than the editor shows, or one past midnight. */
function dayOf(ranges: readonly TimeRange[]): DayHours | null {
  if (ranges.length > 2 || ranges.some((r) => r.end > 1440)) return null;
  const [first, second] = ranges;
  if (!first) return { ...CLOSED_DAY };
  return { open: true, start: minutes(first.start), end: minutes(first.end), lunchBreak: second !== undefined, start2: second ? minutes(second.start) : DEFAULT_DAY.start2, end2: second ? minutes(second.end) : DEFAULT_DAY.end2 };
}

const isoOf = (point: DatePoint) => isoDate(dayNumberOf(point.year ?? 0, point.month, point.day));

/** One exception per span of a dated rule; null for recurring dates (`Dec 25`), which the editor does not offer. */
function exceptionsOf(spans: readonly DateSpan[], ranges: readonly TimeRange[]): DatedHours[] | null {
  const day = dayOf(ranges);
  if (!day || spans.some((span) => span.from.year === null || span.to.year === null)) return null;
  return spans.map((span) => ({ ...day, from: isoOf(span.from), to: isoOf(span.to) }));
}

/**
 * Back from OSM text to the editor, when the text is something the editor could have written;
 * null otherwise (then the page offers the text itself). Dated rules must come last: before a
 * weekly rule, the weekly rule would win over them, which the editor cannot show.
 * `holidaysAsUsual` is the listing's flag for usual hours on public holidays, which the text cannot say.
 */
export function fromOpeningHours(text: string, holidaysAsUsual = false): WeekHours | null {
  const parsed = parseOpeningHours(text);
  if (!parsed.ok) return null;
  const week: WeekHours = {
    days: WEEKDAY_CODES.map(() => ({ ...CLOSED_DAY })),
    holidays: holidaysAsUsual ? 'usual' : 'default',
    holidayHours: { ...HOLIDAY_MORNING },
    exceptions: [],
  };
  for (const rule of parsed.schedule.rules) {
    if (rule.days.kind === 'dates') {
      const exceptions = exceptionsOf(rule.days.spans, rule.ranges);
      if (!exceptions) return null;
      week.exceptions.push(...exceptions);
      continue;
    }
    if (rule.days.kind !== 'days' || week.exceptions.length > 0) return null;
    if (rule.days.holidays) {
      if (rule.days.weekdays.length > 0) return null;
      if (rule.ranges.length === 0) week.holidays = 'closed';
      else {
        const hours = dayOf(rule.ranges);
        if (!hours) return null;
        week.holidays = 'special';
        week.holidayHours = hours;
      }
      continue;
    }
    const day = dayOf(rule.ranges);
    if (!day) return null;
    for (const weekday of rule.days.weekdays) week.days[weekday] = { ...day };
  }
  return week;
}

/**
 * The week without the exceptions whose last day is before `today` (YYYY-MM-DD, the tenant's
 * local date): they no longer change anything, and saving the listing then forgets them.
 */
export function withoutPastExceptions(week: WeekHours, today: string): WeekHours {
  return { ...week, exceptions: week.exceptions.filter((exception) => exception.to === '' || exception.to >= today) };
}

/**
 * The first open day's hours given to every other open day; closed days stay closed, since a
 * shop closed on Monday (the usual case) or on Sunday means it. Null when there is no other
 * open day to copy onto.
 */
export function copyFirstOpenDay(week: WeekHours): { week: WeekHours; from: number } | null {
  const from = week.days.findIndex((day) => day.open);
  if (from < 0 || week.days.filter((day) => day.open).length < 2) return null;
  const source = week.days[from]!;
  return { from, week: { ...week, days: week.days.map((day) => (day.open ? { ...source } : day)) } };
}
