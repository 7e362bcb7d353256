import { describe, expect, it } from 'vitest';
import { DatedHoursSchema } from '#schema/hours/dated-hours.ts';
import { dayNumberOf, parseOpeningHours, toOpeningHours, upcomingExceptions, type Schedule } from '#schema/hours/index.ts';
import { inZone, reference } from './reference.ts';

const issues = (input: unknown) => DatedHoursSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
const text = (input: unknown) => toOpeningHours({ rules: [DatedHoursSchema.parse(input)] });

describe('DatedHoursSchema', () => {
  it('turns a form’s period into one dated rule the serializer writes and the parser reads back', () => {
    const closure = { dates: { from: '2026-12-24', to: '2027-01-02' }, ranges: [] };
    const special = { dates: { from: '2026-12-24', to: '2026-12-24' }, ranges: [{ start: '09:00', end: '12:00' }] };
    expect(text(closure)).toBe('2026 Dec 24-2027 Jan 02 off');
    expect(text(special)).toBe('2026 Dec 24 09:00-12:00');
    expect(parseOpeningHours(text(closure))).toEqual({ ok: true, schedule: { rules: [DatedHoursSchema.parse(closure)] } });
  });

  it('writes what OpenStreetMap’s evaluator reads the same way: the later exception wins', () => {
    const week = 'Mo-Sa 09:00-19:00; PH off';
    const hours = `${week}; ${text({ dates: { from: '2026-12-24', to: '2027-01-02' }, ranges: [] })}; ${text({ dates: { from: '2026-12-24', to: '2026-12-24' }, ranges: [{ start: '09:00', end: '12:00' }] })}`;
    const openAt = (at: string) => inZone('Europe/Paris', () => reference(hours).getState(new Date(at)));
    expect(openAt('2026-12-23T14:00:00Z')).toBe(true);
    expect(openAt('2026-12-24T09:00:00Z')).toBe(true);
    expect(openAt('2026-12-24T14:00:00Z')).toBe(false);
    expect(openAt('2027-01-02T09:00:00Z')).toBe(false);
    expect(openAt('2027-01-04T09:00:00Z')).toBe(true);
  });

  it('names the part at fault: a missing date or time, a period or a range out of order', () => {
    expect(issues({ dates: { from: '', to: '2026-02-30' }, ranges: [{ start: '9h', end: '12:00' }] })).toEqual([
      ['dates.from', 'hours.date_input'],
      ['dates.to', 'hours.date_input'],
      ['ranges.0.start', 'hours.time_input'],
    ]);
    expect(issues({ dates: { from: '2026-12-26', to: '2026-12-24' }, ranges: [{ start: '09:00', end: '12:00' }, { start: '14:00', end: '13:00' }] })).toEqual([
      ['dates', 'hours.date_order'],
      ['ranges.1', 'hours.range_length'],
    ]);
  });
});

describe('upcomingExceptions', () => {
  const schedule = (openingHours: string): Schedule => {
    const parsed = parseOpeningHours(openingHours);
    if (!parsed.ok) throw new Error(parsed.error.key);
    return parsed.schedule;
  };
  const today = dayNumberOf(2026, 12, 1);

  it('gives the dated exceptions not yet over, soonest first, recurring dates left out', () => {
    const found = upcomingExceptions(schedule('Mo-Sa 09:00-19:00; Dec 25 off; 2026 Dec 31 09:00-12:00; 2026 Nov 20-2026 Dec 01 off; 2026 Aug 03-16 off; 2026 Dec 24,2027 Feb 02 off'), today);
    expect(found).toEqual([
      { from: '2026-11-20', to: '2026-12-01', ranges: [] },
      { from: '2026-12-24', to: '2026-12-24', ranges: [] },
      { from: '2026-12-31', to: '2026-12-31', ranges: [{ start: 540, end: 720 }] },
      { from: '2027-02-02', to: '2027-02-02', ranges: [] },
    ]);
    expect(upcomingExceptions(schedule('Mo-Sa 09:00-19:00; 2027 Jan 05 off; 2026 Dec 24 off'), today, 1)).toEqual([{ from: '2026-12-24', to: '2026-12-24', ranges: [] }]);
  });
});
