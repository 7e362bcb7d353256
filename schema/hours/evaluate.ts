import type { HolidayCalendar } from './holidays.ts';
import { toInstantMs, toLocal, weekdayOf, localDateOf } from './local-time.ts';
import { MINUTES_PER_DAY, weekdayOnly, type DaySelector, type HoursRule, type Schedule } from './model.ts';
import { withHolidayPolicy } from './osm-serialize.ts';

/** How far nextChange looks: past a year, so that a yearly exception (Dec 25 10:00-12:00) is found. */
export const LOOKAHEAD_DAYS = 400;
/** A schedule of weekday rules only repeats every week: a week and a day shows all it will ever do. */
const WEEKLY_LOOKAHEAD_DAYS = 8;

export type HoursContext = { timeZone: string; holidays: HolidayCalendar };

/**
 * A schedule ready to evaluate: the tenant's holiday policy applied once, not per instant, and
 * its open intervals kept per local day. A viewport evaluates thousands of listings sharing a
 * few hundred schedules at one instant, so each schedule's days are worked out once.
 */
export type CompiledSchedule = {
  rules: HoursRule[];
  periodic: boolean;
  days: { context: HoursContext | null; intervals: Map<number, Interval[]> };
  /** The last answer, for the next listing with the same schedule at the same instant. */
  last: { atMs: number; context: HoursContext; state: HoursState } | null;
  /** Set for a schedule outside the model, answered by OpenStreetMap's evaluator (osm-library.ts). */
  external?: (context: HoursContext, atMs: number) => HoursState;
};

export function compileSchedule(schedule: Schedule, publicHolidaysClosed: boolean): CompiledSchedule {
  const rules = withHolidayPolicy(schedule, publicHolidaysClosed);
  return { rules, periodic: rules.every(weekdayOnly), days: { context: null, intervals: new Map() }, last: null };
}

/** Enough for a week around a few instants; past it the cache starts again. */
const DAY_CACHE_LIMIT = 64;

function selects(days: DaySelector, dayNumber: number, holidays: HolidayCalendar): boolean {
  if (days.kind === 'every') return true;
  if (days.kind === 'days') return days.weekdays.includes(weekdayOf(dayNumber)) || (days.holidays && holidays.isHoliday(dayNumber));
  const date = localDateOf(dayNumber);
  const monthDay = date.month * 100 + date.day;
  return days.spans.some(({ from, to }) => {
    if (from.year !== null && to.year !== null) {
      const key = date.year * 10_000 + monthDay;
      return key >= from.year * 10_000 + from.month * 100 + from.day && key <= to.year * 10_000 + to.month * 100 + to.day;
    }
    const start = from.month * 100 + from.day;
    const end = to.month * 100 + to.day;
    return start <= end ? monthDay >= start && monthDay <= end : monthDay >= start || monthDay <= end;
  });
}

type Interval = [number, number];

/**
 * Open minutes of one local day, as OSM evaluates them: rules in order; a rule with days selecting
 * the day replaces what came before (including yesterday's overnight spill), and a rule that
 * selected yesterday adds the part of its ranges that runs past midnight.
 */
export function localIntervals(rules: readonly HoursRule[], dayNumber: number, holidays: HolidayCalendar): Interval[] {
  let intervals: Interval[] = [];
  rules.forEach((rule, index) => {
    if (selects(rule.days, dayNumber, holidays)) {
      // As OSM tools read it, a rule of times alone adds to the days named before it
      // (`Mo 10:00-12:00; 14:00-15:00`) but replaces another rule of times alone; `off` always closes.
      const replaces = rule.days.kind !== 'every' || rule.ranges.length === 0 || rules[index - 1]?.days.kind === 'every';
      if (replaces) intervals = [];
      for (const range of rule.ranges) intervals.push([range.start, Math.min(range.end, MINUTES_PER_DAY)]);
    }
    if (rule.ranges.some((range) => range.end > MINUTES_PER_DAY) && selects(rule.days, dayNumber - 1, holidays)) {
      for (const range of rule.ranges) if (range.end > MINUTES_PER_DAY) intervals.push([0, range.end - MINUTES_PER_DAY]);
    }
  });
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([interval[0], interval[1]]);
  }
  return merged;
}

/** Open intervals of a local day as instants (epoch ms), empty ones (inside a DST gap) dropped. */
function instantIntervals(compiled: CompiledSchedule, dayNumber: number, context: HoursContext): Interval[] {
  const cache = compiled.days;
  const sameContext = cache.context !== null && cache.context.timeZone === context.timeZone && cache.context.holidays === context.holidays;
  if (!sameContext || cache.intervals.size >= DAY_CACHE_LIMIT) {
    cache.context = context;
    cache.intervals.clear();
  }
  let result = cache.intervals.get(dayNumber);
  if (!result) {
    result = computeInstantIntervals(compiled, dayNumber, context);
    cache.intervals.set(dayNumber, result);
  }
  return result;
}

function computeInstantIntervals(compiled: CompiledSchedule, dayNumber: number, context: HoursContext): Interval[] {
  const result: Interval[] = [];
  for (const [start, end] of localIntervals(compiled.rules, dayNumber, context.holidays)) {
    const from = toInstantMs(context.timeZone, dayNumber, start);
    const to = end === MINUTES_PER_DAY ? toInstantMs(context.timeZone, dayNumber + 1, 0) : toInstantMs(context.timeZone, dayNumber, end);
    if (to > from) result.push([from, to]);
  }
  return result;
}

export type HoursState = { open: boolean; nextChange: number | null };

/**
 * Open or not at `atMs`, and the first instant after it where that flips, or null when nothing
 * changes within the look-ahead (24/7, always closed). One pass over the coming intervals in
 * time order: the first one not yet over says whether we are inside an opening. Intervals that
 * touch (18:00-24:00 then 00:00-02:00 the next day) are one opening that closes at 02:00.
 */
export function evaluateAt(compiled: CompiledSchedule, context: HoursContext, atMs: number): HoursState {
  const last = compiled.last;
  if (last && last.atMs === atMs && last.context.timeZone === context.timeZone && last.context.holidays === context.holidays) return last.state;
  const state = compiled.external ? compiled.external(context, atMs) : scan(compiled, context, atMs);
  compiled.last = { atMs, context, state };
  return state;
}

function scan(compiled: CompiledSchedule, context: HoursContext, atMs: number): HoursState {
  const { dayNumber } = toLocal(context.timeZone, new Date(atMs));
  const horizon = compiled.periodic ? WEEKLY_LOOKAHEAD_DAYS : LOOKAHEAD_DAYS;
  let openUntil: number | null = null;
  for (let day = dayNumber - 1; day <= dayNumber + horizon; day++) {
    for (const [from, to] of instantIntervals(compiled, day, context)) {
      if (to <= atMs) continue;
      if (openUntil === null) {
        if (from > atMs) return { open: false, nextChange: from };
        openUntil = to;
      } else if (from > openUntil) {
        return { open: true, nextChange: openUntil };
      } else {
        openUntil = Math.max(openUntil, to);
      }
    }
  }
  // An opening that ends before the last day looked at is a real closing, not the horizon.
  if (openUntil !== null && openUntil < toInstantMs(context.timeZone, dayNumber + horizon + 1, 0)) return { open: true, nextChange: openUntil };
  return { open: openUntil !== null, nextChange: null };
}
