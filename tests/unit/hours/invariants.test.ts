import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSchedule, evaluateAt, NO_HOLIDAYS, type HoursRule } from '#schema/hours/index.ts';
import { instant, schedule, timeRange, ZONES } from './arbitraries.ts';

/** Local weekday (0 = Monday) and minute of an instant, read with Intl rather than with our own code. */
function wallClock(timeZone: string, at: Date): { weekday: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return { weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')), minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

const DST_CHANGE_DAYS: Record<string, string[]> = {
  'Europe/Paris': ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z'],
  'America/Miquelon': ['2026-03-08T05:00:00Z', '2026-11-01T04:00:00Z'],
};

describe('evaluator invariants', () => {
  it('flips open/closed at nextChange, and holds its state until then', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), schedule(false), instant, fc.double({ min: 0, max: 1, noNaN: true }), (zone, generated, at, fraction) => {
        const context = { timeZone: zone, holidays: NO_HOLIDAYS };
        const compiled = compileSchedule(generated, false);
        const now = evaluateAt(compiled, context, at.getTime());
        if (now.nextChange === null) return;
        expect(now.nextChange).toBeGreaterThan(at.getTime());
        expect(evaluateAt(compiled, context, now.nextChange).open).toBe(!now.open);
        const between = at.getTime() + Math.floor((now.nextChange - at.getTime()) * fraction);
        expect(evaluateAt(compiled, context, Math.min(between, now.nextChange - 1)).open).toBe(now.open);
      }),
      { numRuns: 1000 },
    );
  });

  it('never reports a one-range schedule open outside its range on its days', () => {
    const weekdays = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), weekdays, timeRange, instant, (zone, days, range, at) => {
        const rule: HoursRule = { days: { kind: 'days', weekdays: days, holidays: false }, ranges: [range] };
        const open = evaluateAt(compileSchedule({ rules: [rule] }, false), { timeZone: zone, holidays: NO_HOLIDAYS }, at.getTime()).open;
        const { weekday, minute } = wallClock(zone, at);
        const today = days.includes(weekday) && minute >= range.start && minute < Math.min(range.end, 1440);
        const spill = days.includes((weekday + 6) % 7) && minute < range.end - 1440;
        // On a DST change day the wall clock jumps an hour: allow that much slack at the edges only.
        const changeDay = (DST_CHANGE_DAYS[zone] ?? []).some((day) => Math.abs(at.getTime() - Date.parse(day)) < 86_400_000 * 1.5);
        const nearEdge = [range.start, range.end % 1440].some((edge) => Math.abs(minute - edge) <= 60 || Math.abs(minute - edge) >= 1380);
        if (!(changeDay && nearEdge)) expect(open).toBe(today || spill);
        if (open) expect(days.includes(weekday) || days.includes((weekday + 6) % 7)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
