import { z } from 'zod';

/**
 * Opening hours as an ordered list of rules, the subset of OpenStreetMap's `opening_hours` the
 * product supports. Rules keep their order because OSM gives it meaning: a later rule that
 * selects a day replaces what earlier rules said about that day, including the part of an
 * overnight range spilling over from the day before. Keeping the order makes import and export
 * exact, and the evaluator agrees with OSM tools on every schedule we store.
 */

/** Minutes since local midnight. A range may end past midnight (Fr 18:00-02:00 ends at 26:00). */
export const MINUTES_PER_DAY = 1440;

export const WEEKDAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
/** 0 is Monday, as in OSM and ISO 8601. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const TimeRangeSchema = z
  .object({
    start: z.number().int().min(0).max(MINUTES_PER_DAY - 1),
    end: z.number().int().min(1).max(2 * MINUTES_PER_DAY),
  })
  .refine(rangeInOrder, { message: 'hours.range_length' });
export type TimeRange = z.infer<typeof TimeRangeSchema>;

/** A calendar day; without a year it recurs every year (Dec 25). */
export const DatePointSchema = z.object({
  year: z.number().int().min(1900).max(2999).nullable(),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
});
export type DatePoint = z.infer<typeof DatePointSchema>;

/** Inclusive span of days. Both ends carry a year, or neither does (then it may wrap past Dec 31). */
export const DateSpanSchema = z
  .object({ from: DatePointSchema, to: DatePointSchema })
  .refine((span) => (span.from.year === null) === (span.to.year === null), { message: 'hours.date_year' })
  .refine((span) => span.from.year === null || spanInOrder(span), { message: 'hours.date_order' });
export type DateSpan = z.infer<typeof DateSpanSchema>;

/**
 * Which days a rule speaks about. `every` is a rule with no day selector (`24/7`, `off`,
 * `10:00-18:00`); `days` selects weekdays and/or public holidays (`Sa,PH`); `dates` selects
 * calendar days (`2026 Dec 24`, `Dec 25`, `2026 Aug 03-16`).
 */
export const DaySelectorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('every') }),
  z
    .object({
      kind: z.literal('days'),
      weekdays: z.array(z.number().int().min(0).max(6)),
      holidays: z.boolean(),
    })
    .refine((selector) => selector.weekdays.length > 0 || selector.holidays, { message: 'hours.empty_selector' }),
  z.object({ kind: z.literal('dates'), spans: z.array(DateSpanSchema).min(1) }),
]);
export type DaySelector = z.infer<typeof DaySelectorSchema>;

/** No ranges means closed (`off`) on the selected days. */
export const HoursRuleSchema = z.object({ days: DaySelectorSchema, ranges: z.array(TimeRangeSchema) });
export type HoursRule = z.infer<typeof HoursRuleSchema>;

export const ScheduleSchema = z.object({ rules: z.array(HoursRuleSchema) });
export type Schedule = z.infer<typeof ScheduleSchema>;

/**
 * The order checks of TimeRangeSchema and DateSpanSchema, for schemas of other shapes (a form's,
 * in dated-hours.ts): those cannot reuse the schemas themselves without putting zod in every
 * page that reads hours.
 */
export function rangeInOrder(range: { start: number; end: number }): boolean {
  return range.end > range.start && range.end - range.start <= MINUTES_PER_DAY;
}

export function spanInOrder(span: { from: DatePoint; to: DatePoint }): boolean {
  return dateKey(span.from) <= dateKey(span.to);
}

export function dateKey(point: DatePoint): number {
  return (point.year ?? 0) * 10_000 + point.month * 100 + point.day;
}

export function weekdayOnly(rule: HoursRule): boolean {
  return rule.days.kind === 'every' || (rule.days.kind === 'days' && !rule.days.holidays);
}
