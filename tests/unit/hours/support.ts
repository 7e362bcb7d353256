import { compileSchedule, evaluateAt, NO_HOLIDAYS, parseOpeningHours, type HolidayCalendar, type HoursState } from '#schema/hours/index.ts';

/** Evaluates OSM text in a zone; expectations in the tests are worked out by hand in UTC. */
export function stateOf(text: string, timeZone: string, at: string, holidays: HolidayCalendar = NO_HOLIDAYS): { open: boolean; nextChange: string | null } {
  const result = parseOpeningHours(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.key}`);
  const state: HoursState = evaluateAt(compileSchedule(result.schedule, false), { timeZone, holidays }, Date.parse(at));
  return { open: state.open, nextChange: state.nextChange === null ? null : new Date(state.nextChange).toISOString() };
}
