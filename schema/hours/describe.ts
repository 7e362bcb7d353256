import type { Language } from '../tenant.ts';
import { formatMinute } from './local-time.ts';
import { MINUTES_PER_DAY, type DatePoint, type DateSpan, type Schedule, type TimeRange } from './model.ts';
import { parseOpeningHours } from './osm-parse.ts';

/**
 * Opening hours as a person reads them ("Du mardi au samedi : 06:30–13:00 et 15:30–19:30",
 * "Fermé le lundi et le dimanche", "Fermé les jours fériés"), one sentence a line, in the
 * page's language. The OSM text stays for exports and the advanced field: shopkeepers and
 * moderators are not expected to read `Tu-Sa 06:30-13:00; PH off`.
 */

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

const TEXT = {
  fr: {
    and: ' et ',
    closed: 'fermé',
    everyDay: 'Tous les jours',
    allDay: '24 h/24',
    always: 'Ouvert 24 h/24, 7 j/7',
    span: (first: string, last: string) => `Du ${first} au ${last}`,
    pair: (first: string, second: string) => `${capitalise(first)} et ${second}`,
    closedOn: (days: string[]) => `Fermé le ${joinList(days, ', le ', ' et le ')}`,
    holidaysClosed: 'Fermé les jours fériés',
    closedAllWeek: 'Fermé tous les jours',
    holidays: 'Jours fériés',
    line: (days: string, hours: string) => `${days} : ${hours}`,
  },
  en: {
    and: ' and ',
    closed: 'closed',
    everyDay: 'Every day',
    allDay: 'open all day',
    always: 'Open 24/7',
    span: (first: string, last: string) => `${first} to ${last}`,
    pair: (first: string, second: string) => `${first} and ${second}`,
    closedOn: (days: string[]) => `Closed on ${joinList(days, ', ', ' and ')}`,
    holidaysClosed: 'Closed on public holidays',
    closedAllWeek: 'Closed every day',
    holidays: 'Public holidays',
    line: (days: string, hours: string) => `${days}: ${hours}`,
  },
} as const;

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}

function joinList(items: readonly string[], separator: string, last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]}`;
}

function weekdayName(weekday: number, language: Language): string {
  // 2024-01-01 was a Monday, weekday 0.
  return new Intl.DateTimeFormat(LOCALES[language], { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + weekday)));
}

/** A range as one unbreakable word: a line never wraps between its start and its end. */
function rangeText(range: TimeRange): string {
  const end = range.end === MINUTES_PER_DAY ? '24:00' : formatMinute(range.end % MINUTES_PER_DAY);
  return `${formatMinute(range.start)}\u2060–\u2060${end}`;
}

function rangesText(ranges: readonly TimeRange[], language: Language): string {
  const text = TEXT[language];
  if (ranges.length === 0) return text.closed;
  if (ranges.length === 1 && ranges[0]!.start === 0 && ranges[0]!.end >= MINUTES_PER_DAY) return text.allDay;
  return joinList(ranges.map(rangeText), ', ', text.and);
}

function daysText(first: number, last: number, language: Language): string {
  const text = TEXT[language];
  const name = (weekday: number) => weekdayName(weekday, language);
  if (first === 0 && last === 6) return text.everyDay;
  if (first === last) return capitalise(name(first));
  if (last === first + 1) return text.pair(name(first), name(last));
  return text.span(name(first), name(last));
}

function pointDate(point: DatePoint, language: Language, withYear: boolean): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', timeZone: 'UTC', ...(withYear ? { year: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(LOCALES[language], options).format(new Date(Date.UTC(point.year ?? 2024, point.month - 1, point.day)));
}

function spanText(span: DateSpan, language: Language): string {
  const withYear = span.from.year !== null;
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', timeZone: 'UTC', ...(withYear ? { year: 'numeric' } : {}) };
  const from = new Date(Date.UTC(span.from.year ?? 2024, span.from.month - 1, span.from.day));
  const to = new Date(Date.UTC(span.to.year ?? 2024, span.to.month - 1, span.to.day));
  if (from.getTime() === to.getTime()) return capitalise(pointDate(span.from, language, withYear));
  return capitalise(new Intl.DateTimeFormat(LOCALES[language], options).formatRange(from, to));
}

const key = (ranges: readonly TimeRange[]) => ranges.map((r) => `${r.start}-${r.end}`).join(',');

/**
 * The usual week first (later rules replace what earlier ones said about a day, as in OSM),
 * runs of days with the same hours on one line, the closed days on one line; then public
 * holidays, then dated exceptions in their order.
 */
export function describeSchedule(schedule: Schedule, language: Language): string[] {
  const text = TEXT[language];
  const week: Array<readonly TimeRange[]> = Array.from({ length: 7 }, () => []);
  let holidays: readonly TimeRange[] | null = null;
  const dated: string[] = [];
  for (const rule of schedule.rules) {
    if (rule.days.kind === 'every') week.fill(rule.ranges);
    else if (rule.days.kind === 'days') {
      for (const weekday of rule.days.weekdays) week[weekday] = rule.ranges;
      if (rule.days.holidays) holidays = rule.ranges;
    } else {
      const dates = joinList(rule.days.spans.map((span) => spanText(span, language)), ', ', text.and);
      dated.push(text.line(dates, rangesText(rule.ranges, language)));
    }
  }
  const lines: string[] = [];
  const allDay = week.every((ranges) => ranges.length === 1 && ranges[0]!.start === 0 && ranges[0]!.end >= MINUTES_PER_DAY);
  if (allDay && holidays === null) lines.push(text.always);
  else {
    const closed: string[] = [];
    for (let first = 0; first < 7; ) {
      let last = first;
      while (last + 1 < 7 && key(week[last + 1]!) === key(week[first]!)) last++;
      if (week[first]!.length === 0) for (let day = first; day <= last; day++) closed.push(weekdayName(day, language));
      else lines.push(text.line(daysText(first, last, language), rangesText(week[first]!, language)));
      first = last + 1;
    }
    if (closed.length === 7) lines.push(text.closedAllWeek);
    else if (closed.length > 0) lines.push(text.closedOn(closed));
  }
  if (holidays !== null) lines.push(holidays.length === 0 ? text.holidaysClosed : text.line(text.holidays, rangesText(holidays, language)));
  return [...lines, ...dated];
}

/** The sentences for stored OSM text; null when it does not parse, so the caller shows the text as it is. */
export function describeOpeningHours(openingHours: string, language: Language): string[] | null {
  const parsed = parseOpeningHours(openingHours);
  return parsed.ok ? describeSchedule(parsed.schedule, language) : null;
}
