import fc from 'fast-check';
import { dayNumberOf, localDateOf, type DateSpan, type DaySelector, type HoursRule, type Schedule, type TimeRange } from '#schema/hours/index.ts';

/** Quarter hours, so that generated ranges often touch and overlap as real ones do. */
const quarter = (max: number) => fc.integer({ min: 0, max }).map((q) => q * 15);

export const timeRange: fc.Arbitrary<TimeRange> = fc
  .tuple(quarter(95), quarter(95).map((length) => length + 15))
  .map(([start, length]) => ({ start, end: start + length }));

const weekdays = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }).map((days) => days.sort((a, b) => a - b));

const absoluteSpan: fc.Arbitrary<DateSpan> = fc
  .tuple(fc.integer({ min: dayNumberOf(2026, 1, 1), max: dayNumberOf(2027, 3, 31) }), fc.integer({ min: 0, max: 20 }))
  .map(([first, length]) => {
    const from = localDateOf(first);
    const to = localDateOf(first + length);
    return { from: { year: from.year, month: from.month, day: from.day }, to: { year: to.year, month: to.month, day: to.day } };
  });

// 2025 is not a leap year: recurring spans never name Feb 29, and may wrap past Dec 31.
const recurringSpan: fc.Arbitrary<DateSpan> = fc
  .tuple(fc.integer({ min: dayNumberOf(2025, 1, 1), max: dayNumberOf(2025, 12, 31) }), fc.integer({ min: 0, max: 20 }))
  .map(([first, length]) => {
    const from = localDateOf(first);
    const to = localDateOf(first + length);
    return { from: { year: null, month: from.month, day: from.day }, to: { year: null, month: to.month, day: to.day } };
  });

function daySelector(withHolidays: boolean): fc.Arbitrary<DaySelector> {
  const options: Array<fc.Arbitrary<DaySelector>> = [
    weekdays.map((days) => ({ kind: 'days' as const, weekdays: days, holidays: false })),
    fc.constant({ kind: 'every' as const }),
    fc.array(fc.oneof(absoluteSpan, recurringSpan), { minLength: 1, maxLength: 2 }).map((spans) => ({ kind: 'dates' as const, spans })),
  ];
  if (withHolidays) {
    options.push(fc.tuple(fc.subarray([0, 1, 2, 3, 4, 5, 6]), fc.constant(true)).map(([days, holidays]) => ({ kind: 'days' as const, weekdays: days, holidays })));
  }
  return fc.oneof({ arbitrary: options[0] as fc.Arbitrary<DaySelector>, weight: 4 }, ...options.slice(1).map((arbitrary) => ({ arbitrary, weight: 1 })));
}

const rule = (withHolidays: boolean): fc.Arbitrary<HoursRule> =>
  fc.record({
    days: daySelector(withHolidays),
    ranges: fc.oneof({ arbitrary: fc.array(timeRange, { minLength: 1, maxLength: 3 }), weight: 5 }, { arbitrary: fc.constant<TimeRange[]>([]), weight: 1 }),
  });

export const schedule = (withHolidays: boolean): fc.Arbitrary<Schedule> => fc.array(rule(withHolidays), { minLength: 1, maxLength: 4 }).map((rules) => ({ rules }));

/** Zones of French territories: two with DST on different dates, three without. */
export const ZONES = ['Europe/Paris', 'America/Miquelon', 'Pacific/Noumea', 'America/Cayenne', 'Indian/Reunion'] as const;

/** Days worth looking at: the DST changes of 2026 (Paris: Mar 29, Oct 25; Miquelon: Mar 8, Nov 1) and a few around them. */
const INTERESTING_DAYS = ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2026-07-14', '2026-12-24'].map((date) => Date.parse(`${date}T00:00:00Z`));

/** Instants mostly in the days around DST changes and holidays, the rest anywhere in 2026. */
export const instant: fc.Arbitrary<Date> = fc.oneof(
  fc.tuple(fc.constantFrom(...INTERESTING_DAYS), fc.integer({ min: -2 * 86_400_000, max: 3 * 86_400_000 })).map(([day, offset]) => new Date(day + offset)),
  fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-31T23:59:59Z') }).map((ms) => new Date(ms)),
);
