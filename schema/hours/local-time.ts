import { tzOffset } from '@date-fns/tz';

/**
 * Local calendar days are counted as day numbers (days since 1970-01-01, proleptic Gregorian),
 * which makes "the day before" and "the weekday" plain arithmetic. Only the step between a
 * local wall-clock time and an instant needs the time-zone database, which the runtime's Intl
 * provides in the Worker and the browser alike.
 */
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export type LocalDate = { year: number; month: number; day: number };

export function dayNumberOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function localDateOf(dayNumber: number): LocalDate {
  const date = new Date(dayNumber * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 is Monday. Day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export function isoDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

export function parseIsoDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const dayNumber = dayNumberOf(year, month, day);
  const back = localDateOf(dayNumber);
  return back.month === month && back.day === day ? dayNumber : null;
}

const validZones = new Map<string, boolean>();

export function isValidTimeZone(timeZone: string): boolean {
  let valid = validZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    validZones.set(timeZone, valid);
  }
  return valid;
}

/** UTC offset in minutes at an instant, memoised per zone and minute: the hot path asks the same ones. */
const offsetCache = new Map<string, Map<number, number>>();
const OFFSET_CACHE_LIMIT = 4096;

function offsetAt(timeZone: string, epochMs: number): number {
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  const minute = Math.floor(epochMs / MINUTE_MS);
  let offset = zone.get(minute);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(epochMs));
    if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone: ${timeZone}`);
    if (zone.size >= OFFSET_CACHE_LIMIT) zone.clear();
    zone.set(minute, offset);
  }
  return offset;
}

export type LocalInstant = { dayNumber: number; minute: number };

/** Where an instant falls on the tenant's wall clock: its local day and minute of that day. */
export function toLocal(timeZone: string, at: Date): LocalInstant {
  const localMs = at.getTime() + offsetAt(timeZone, at.getTime()) * MINUTE_MS;
  const dayNumber = Math.floor(localMs / DAY_MS);
  return { dayNumber, minute: Math.floor((localMs - dayNumber * DAY_MS) / MINUTE_MS) };
}

/**
 * The instant of a local wall-clock time, resolved as Temporal's "compatible" disambiguation
 * (and JavaScript's Date) does: a time skipped by a spring-forward gap moves forward by the gap,
 * a time repeated by a fall-back fold takes its first occurrence.
 */
export function toInstantMs(timeZone: string, dayNumber: number, minute: number): number {
  const wallMs = dayNumber * DAY_MS + minute * MINUTE_MS;
  const before = offsetAt(timeZone, wallMs - DAY_MS);
  const after = offsetAt(timeZone, wallMs + DAY_MS);
  if (before === after) return wallMs - before * MINUTE_MS;
  const withBefore = wallMs - before * MINUTE_MS;
  const withAfter = wallMs - after * MINUTE_MS;
  const beforeFits = offsetAt(timeZone, withBefore) === before;
  const afterFits = offsetAt(timeZone, withAfter) === after;
  if (beforeFits && afterFits) return Math.min(withBefore, withAfter);
  if (beforeFits) return withBefore;
  if (afterFits) return withAfter;
  return withBefore;
}

/** Local "HH:MM" of an instant, the form every summary shows. */
export function formatMinute(minute: number): string {
  const wrapped = ((minute % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}
