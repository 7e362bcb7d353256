import { dayNumberOf, localDateOf } from './local-time.ts';
import type { HoursMessageKey } from './messages.ts';
import { dateKey, MINUTES_PER_DAY, WEEKDAY_CODES, type DatePoint, type DateSpan, type DaySelector, type HoursRule, type Schedule, type TimeRange } from './model.ts';

export const MONTH_CODES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export type HoursParseError = { key: HoursMessageKey; part: string };
export type HoursParseResult = { ok: true; schedule: Schedule } | { ok: false; error: HoursParseError };

class ParseFailure extends Error {
  constructor(readonly detail: HoursParseError) {
    super(`${detail.key}: ${detail.part}`);
  }
}

const fail = (key: HoursMessageKey, part: string): never => {
  throw new ParseFailure({ key, part });
};

const WEEKDAY_PATTERN = WEEKDAY_CODES.join('|');
const MONTH_PATTERN = MONTH_CODES.join('|');
const DAY_ITEM = new RegExp(`^(${WEEKDAY_PATTERN})(?:-(${WEEKDAY_PATTERN}))?$|^PH$`, 'i');
const DATE_ITEM = new RegExp(
  `^(?:(\\d{4}) )?(${MONTH_PATTERN}) (\\d{1,2})(?:-(?:(?:(\\d{4}) )?(${MONTH_PATTERN}) )?(\\d{1,2}))?$`,
  'i',
);
const TIME = /^(\d{1,2}):(\d{2})$/;

function indexOfCode(codes: readonly string[], text: string): number {
  return codes.findIndex((code) => code.toLowerCase() === text.toLowerCase());
}

function parseTime(text: string, isEnd: boolean): number {
  const match = TIME.exec(text);
  if (!match) return fail('hours.time', text);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  const limit = isEnd ? 2 * MINUTES_PER_DAY : MINUTES_PER_DAY - 1;
  if (Number(match[2]) > 59 || minutes > limit) return fail('hours.time', text);
  return minutes;
}

/** `18:00-02:00` ends past midnight; `22:00-26:00` says the same in OSM's extended form. */
function parseRange(text: string): TimeRange {
  const [startText, endText, extra] = text.split('-');
  if (startText === undefined || endText === undefined || extra !== undefined) return fail('hours.unsupported', text);
  const start = parseTime(startText, false);
  let end = parseTime(endText, true);
  if (end <= start && end <= MINUTES_PER_DAY) end += MINUTES_PER_DAY;
  if (end === start + MINUTES_PER_DAY && end > MINUTES_PER_DAY && !/^(2[4-9]|[3-4]\d)/.test(endText)) return fail('hours.empty_range', text);
  if (end <= start || end - start > MINUTES_PER_DAY) return fail('hours.empty_range', text);
  return { start, end };
}

function parseDays(text: string): DaySelector {
  const weekdays = new Set<number>();
  let holidays = false;
  for (const item of text.split(',')) {
    const match = DAY_ITEM.exec(item);
    if (!match) return fail('hours.unsupported', item);
    if (match[1] === undefined) {
      holidays = true;
      continue;
    }
    const first = indexOfCode(WEEKDAY_CODES, match[1]);
    const last = match[2] === undefined ? first : indexOfCode(WEEKDAY_CODES, match[2]);
    for (let day = first; ; day = (day + 1) % 7) {
      weekdays.add(day);
      if (day === last) break;
    }
  }
  return { kind: 'days', weekdays: [...weekdays].sort((a, b) => a - b), holidays };
}

function datePoint(year: string | undefined, month: string, day: string, item: string): DatePoint {
  const point = { year: year === undefined ? null : Number(year), month: indexOfCode(MONTH_CODES, month) + 1, day: Number(day) };
  // A recurring date is checked against a leap year so that Feb 29 stays allowed.
  const check = localDateOf(dayNumberOf(point.year ?? 2000, point.month, point.day));
  if (check.month !== point.month || check.day !== point.day) return fail('hours.date', item);
  return point;
}

function parseDates(text: string): DaySelector {
  const spans: DateSpan[] = text.split(/,(?=(?:\d{4} )?[A-Za-z]{3} )/).map((item) => {
    const match = DATE_ITEM.exec(item);
    if (!match) return fail('hours.unsupported', item);
    const [, fromYear, fromMonth = '', fromDay = '', toYear, toMonth, toDay] = match;
    const from = datePoint(fromYear, fromMonth, fromDay, item);
    if (toDay === undefined) return { from, to: from };
    if (toYear !== undefined && fromYear === undefined) return fail('hours.date', item);
    const to = datePoint(toYear ?? fromYear, toMonth ?? fromMonth, toDay, item);
    if (from.year !== null && dateKey(to) < dateKey(from)) return fail('hours.date', item);
    return { from, to };
  });
  return { kind: 'dates', spans };
}

/** Splits a rule into its day selector and its times, which OSM separates by a space. */
function parseRule(text: string): HoursRule {
  if (text === '24/7') return { days: { kind: 'every' }, ranges: [{ start: 0, end: MINUTES_PER_DAY }] };
  const timesAt = text.search(/(?:^| )(?:\d{1,2}:\d{2}-|off$|closed$)/i);
  const selectorText = (timesAt < 0 ? text : text.slice(0, timesAt)).trim();
  const timesText = timesAt < 0 ? '' : text.slice(timesAt).trim();
  let days: DaySelector = { kind: 'every' };
  if (selectorText !== '') {
    days = /^(?:\d{4} )?[A-Za-z]{3} \d/.test(selectorText) ? parseDates(selectorText) : parseDays(selectorText);
  }
  if (timesText === '') return fail(selectorText === '' ? 'hours.unsupported' : 'hours.missing_times', text);
  const [timesToken = '', ...rest] = timesText.split(' ');
  if (rest.length > 0) return fail('hours.unsupported', rest.join(' '));
  if (/^(off|closed)$/i.test(timesToken)) return { days, ranges: [] };
  return { days, ranges: timesToken.split(',').map(parseRange) };
}

/** Spaces around `-` and `,` carry no meaning in OSM; removing them leaves one form to read. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/ ?([-,]) ?/g, '$1').trim();
}

/**
 * Reads OSM `opening_hours` text. Anything outside the supported subset is an error that names
 * the part, never dropped: a schedule we cannot represent must not be shown as if understood.
 */
export function parseOpeningHours(text: string): HoursParseResult {
  const rulesText = text
    .split(';')
    .map(normalise)
    .filter((rule) => rule !== '');
  if (rulesText.length === 0) return { ok: false, error: { key: 'hours.empty', part: '' } };
  try {
    return { ok: true, schedule: { rules: rulesText.map(parseRule) } };
  } catch (error) {
    if (error instanceof ParseFailure) return { ok: false, error: error.detail };
    throw error;
  }
}
