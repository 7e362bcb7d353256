import type { HoursRule, Schedule, TimeRange } from './model.ts';
import { parseOpeningHours } from './osm-parse.ts';
import { toOpeningHours } from './osm-serialize.ts';

/**
 * What a business does on public holidays. `default`: it says nothing, the tenant's policy
 * decides. `usual`: it keeps its usual hours whatever that policy; OSM text cannot say so against
 * a policy (its `PH` rules only close or give hours), so the listing carries it as a flag.
 */
export type PublicHolidays = { kind: 'default' } | { kind: 'closed' } | { kind: 'usual' } | { kind: 'special'; ranges: TimeRange[] };
export const PUBLIC_HOLIDAY_KINDS = ['default', 'closed', 'usual', 'special'] as const;
export type PublicHolidaysKind = (typeof PUBLIC_HOLIDAY_KINDS)[number];

const mentionsHolidays = (rule: HoursRule) => rule.days.kind === 'days' && rule.days.holidays;
const holidaysOnly = (rule: HoursRule) => mentionsHolidays(rule) && rule.days.kind === 'days' && rule.days.weekdays.length === 0;

/** The business's word about public holidays: a `PH` rule of its hours, else its "usual hours" flag. */
export function publicHolidaysOf(schedule: Schedule, holidaysAsUsual: boolean): PublicHolidays {
  const rule = schedule.rules.find(mentionsHolidays);
  if (rule) return rule.ranges.length === 0 ? { kind: 'closed' } : { kind: 'special', ranges: rule.ranges };
  return holidaysAsUsual ? { kind: 'usual' } : { kind: 'default' };
}

/**
 * The schedule saying `choice` about public holidays, and the flag that goes with it. The `PH`
 * rule comes after the weekly ones, which it overrides on a holiday, and before dated
 * exceptions, so a shopkeeper's word about a date still wins.
 */
export function withPublicHolidays(schedule: Schedule, choice: PublicHolidays): { schedule: Schedule; holidaysAsUsual: boolean } {
  const rules = schedule.rules.filter((rule) => !holidaysOnly(rule));
  if (choice.kind === 'closed' || choice.kind === 'special') {
    const firstDated = rules.findIndex((rule) => rule.days.kind === 'dates');
    const at = firstDated < 0 ? rules.length : firstDated;
    const holiday: HoursRule = { days: { kind: 'days', weekdays: [], holidays: true }, ranges: choice.kind === 'closed' ? [] : choice.ranges };
    rules.splice(at, 0, holiday);
  }
  return { schedule: { rules }, holidaysAsUsual: choice.kind === 'usual' };
}

/**
 * A value only OpenStreetMap's evaluator reads, with a "closed on public holidays" policy written
 * in: `PH off` when it says nothing of them and has no `||` fallback, which a rule after it would
 * join. The evaluator reads this text, and it is the text we publish, so both mean the same.
 */
export function libraryTextWithHolidayPolicy(text: string, publicHolidaysClosed: boolean): string {
  return publicHolidaysClosed && !/\bPH\b/.test(text) && !text.includes('||') ? `${text}; PH off` : text;
}

/** Whether a listing's hours follow the tenant's "closed on public holidays" policy. */
export function closesOnPublicHolidays(tenantClosesThen: boolean, holidaysAsUsual: boolean | undefined): boolean {
  return tenantClosesThen && holidaysAsUsual !== true;
}

/**
 * Opening hours text saying `choice` about public holidays, and the flag to store beside it.
 * Text the model does not read is kept as it is: it says what it says.
 */
export function openingHoursWith(openingHours: string, choice: PublicHolidays): { openingHours: string; holidaysAsUsual: boolean } {
  if (choice.kind === 'default') return { openingHours, holidaysAsUsual: false };
  const parsed = parseOpeningHours(openingHours);
  if (!parsed.ok) return { openingHours, holidaysAsUsual: false };
  const { schedule, holidaysAsUsual } = withPublicHolidays(parsed.schedule, choice);
  return { openingHours: toOpeningHours(schedule), holidaysAsUsual };
}

/** "09:00-12:00" or "PH 09:00-12:00,14:00-17:00": the ranges of a public holiday's special hours, null when not that. */
export function holidayRangesOf(text: string): TimeRange[] | null {
  const parsed = parseOpeningHours(`PH ${text.trim().replace(/^PH\s+/i, '')}`);
  const rule = parsed.ok && parsed.schedule.rules.length === 1 ? parsed.schedule.rules[0] : undefined;
  return rule && holidaysOnly(rule) && rule.ranges.length > 0 ? rule.ranges : null;
}
