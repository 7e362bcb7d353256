import { formatMinute } from './local-time.ts';
import { MINUTES_PER_DAY, WEEKDAY_CODES, weekdayOnly, type DatePoint, type DateSpan, type DaySelector, type HoursRule, type Schedule, type TimeRange } from './model.ts';
import { MONTH_CODES } from './osm-parse.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function formatEnd(range: TimeRange): string {
  if (range.end <= MINUTES_PER_DAY) return range.end === MINUTES_PER_DAY ? '24:00' : formatMinute(range.end);
  // A 24-hour range starting mid-day would read as empty once wrapped: keep the extended form.
  if (range.end - MINUTES_PER_DAY === range.start) return `${pad(Math.floor(range.end / 60))}:${pad(range.end % 60)}`;
  return formatMinute(range.end - MINUTES_PER_DAY);
}

/**
 * Where a run of three days or more goes through Sunday into Monday, the days are read from its
 * first one, so that it stays whole (`Su-Th`, as mappers write it, rather than `Mo-Th,Su`).
 */
function weekdayOrder(weekdays: readonly number[]): number[] {
  const days = new Set(weekdays);
  const sorted = [...days].sort((a, b) => a - b);
  if (days.size === 7 || !days.has(6) || !days.has(0)) return sorted;
  let first = 6;
  while (days.has((first + 6) % 7)) first = (first + 6) % 7;
  let length = 0;
  for (let day = first; days.has(day) && length < 7; day = (day + 1) % 7) length++;
  if (length < 3) return sorted;
  return sorted.map((day) => (day - first + 7) % 7).sort((a, b) => a - b).map((offset) => (offset + first) % 7);
}

/** Consecutive weekdays become ranges (Mo-Fr, Su-Th); two in a row stay a list, as OSM tools write them. */
export function formatWeekdays(weekdays: readonly number[]): string[] {
  const parts: string[] = [];
  const ordered = weekdayOrder(weekdays);
  for (let i = 0; i < ordered.length; ) {
    let j = i;
    while (j + 1 < ordered.length && ordered[j + 1] === ((ordered[j] as number) + 1) % 7) j++;
    const first = WEEKDAY_CODES[ordered[i] as number];
    const last = WEEKDAY_CODES[ordered[j] as number];
    if (j - i >= 2) parts.push(`${first}-${last}`);
    else for (let k = i; k <= j; k++) parts.push(WEEKDAY_CODES[ordered[k] as number] as string);
    i = j + 1;
  }
  return parts;
}

function formatPoint(point: DatePoint): string {
  return `${point.year === null ? '' : `${point.year} `}${MONTH_CODES[point.month - 1]} ${pad(point.day)}`;
}

function formatSpan(span: DateSpan): string {
  const { from, to } = span;
  if (from.year === to.year && from.month === to.month && from.day === to.day) return formatPoint(from);
  // The short form is read wrongly by OSM's evaluator when it ends on Feb 28 (`Feb 20-28` never
  // matches in a common year), so February spans name their month twice.
  if (from.year === to.year && from.month === to.month && !(to.month === 2 && to.day >= 28)) return `${formatPoint(from)}-${pad(to.day)}`;
  // Otherwise both ends are written whole: OSM tools read `2026 Aug 03-Sep 02` as an error.
  return `${formatPoint(from)}-${formatPoint(to)}`;
}

function formatSelector(days: DaySelector): string {
  if (days.kind === 'every') return '';
  if (days.kind === 'dates') return days.spans.map(formatSpan).join(',');
  return [...formatWeekdays(days.weekdays), ...(days.holidays ? ['PH'] : [])].join(',');
}

function formatRule(rule: HoursRule): string {
  const selector = formatSelector(rule.days);
  if (selector === '' && rule.ranges.length === 1 && rule.ranges[0]?.start === 0 && rule.ranges[0].end === MINUTES_PER_DAY) return '24/7';
  const times = rule.ranges.length === 0 ? 'off' : rule.ranges.map((range) => `${formatMinute(range.start)}-${formatEnd(range)}`).join(',');
  return selector === '' ? times : `${selector} ${times}`;
}

export const PUBLIC_HOLIDAYS_OFF: HoursRule = { days: { kind: 'days', weekdays: [], holidays: true }, ranges: [] };

/**
 * The rules a tenant's policy adds: when the CCI says shops close on public holidays and a
 * schedule says nothing about them, `PH off` takes effect after the weekly rules and before any
 * dated exception, so a shopkeeper's own word about a date still wins.
 */
export function withHolidayPolicy(schedule: Schedule, publicHolidaysClosed: boolean): HoursRule[] {
  const mentionsHolidays = schedule.rules.some((rule) => rule.days.kind === 'days' && rule.days.holidays);
  if (!publicHolidaysClosed || mentionsHolidays) return schedule.rules;
  const weekly = schedule.rules.findIndex((rule) => !weekdayOnly(rule));
  const at = weekly < 0 ? schedule.rules.length : weekly;
  return [...schedule.rules.slice(0, at), PUBLIC_HOLIDAYS_OFF, ...schedule.rules.slice(at)];
}

/** OSM `opening_hours` text of a schedule; with the tenant's holiday policy it is what OSM tools should evaluate. */
export function toOpeningHours(schedule: Schedule, options: { publicHolidaysClosed?: boolean } = {}): string {
  return withHolidayPolicy(schedule, options.publicHolidaysClosed ?? false)
    .map(formatRule)
    .join('; ');
}
