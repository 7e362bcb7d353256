import { dayNumberOf, isoDate } from './local-time.ts';
import type { Schedule, TimeRange } from './model.ts';

/** A dated exception as a card lists it: ISO first and last days, no range when closed. */
export type DatedException = { from: string; to: string; ranges: TimeRange[] };

/**
 * The schedule's dated exceptions (with a year) whose last day is `today` or later, soonest
 * first. Recurring dates (`Dec 25 off`) are left out: they are part of the usual hours.
 */
export function upcomingExceptions(schedule: Schedule, today: number, limit = 5): DatedException[] {
  const found: Array<DatedException & { first: number }> = [];
  for (const rule of schedule.rules) {
    if (rule.days.kind !== 'dates') continue;
    for (const { from, to } of rule.days.spans) {
      if (from.year === null || to.year === null) continue;
      const first = dayNumberOf(from.year, from.month, from.day);
      const last = dayNumberOf(to.year, to.month, to.day);
      if (last >= today) found.push({ first, from: isoDate(first), to: isoDate(last), ranges: rule.ranges });
    }
  }
  return found
    .sort((a, b) => a.first - b.first)
    .slice(0, limit)
    .map(({ from, to, ranges }) => ({ from, to, ranges }));
}
