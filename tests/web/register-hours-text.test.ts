import { describe, expect, it } from 'vitest';
import { evaluateListing, holidayCalendarFromDates, NO_HOLIDAYS, parseOpeningHours } from '#schema/hours/index.ts';
import { defaultWeek, fromOpeningHours, NEW_EXCEPTION, weekToOpeningHours, withoutPastExceptions, type DatedHours, type WeekHours } from '../../web/src/register/hours-text.ts';

describe('the friendly hours editor and OSM opening_hours', () => {
  it('writes consecutive days with the same hours as one rule, closed on public holidays', () => {
    expect(weekToOpeningHours(defaultWeek())).toBe('Mo-Sa 09:00-12:30,14:00-19:00; PH off');
  });

  it('writes two days as a list, days without a lunch break apart, and leaves closed days out', () => {
    const week: WeekHours = defaultWeek();
    week.days[1] = { ...week.days[1]!, open: false };
    week.days[5] = { ...week.days[5]!, lunchBreak: false, end: '13:00' };
    week.holidays = 'default';
    expect(weekToOpeningHours(week)).toBe('Mo 09:00-12:30,14:00-19:00; We-Fr 09:00-12:30,14:00-19:00; Sa 09:00-13:00');
  });

  it("writes the business's public holidays: PH off, its own hours then, or nothing for usual hours and the CCI's default", () => {
    const week = defaultWeek();
    expect(weekToOpeningHours({ ...week, holidays: 'special', holidayHours: { ...week.holidayHours, start: '10:00', end: '12:00' } })).toBe('Mo-Sa 09:00-12:30,14:00-19:00; PH 10:00-12:00');
    expect(weekToOpeningHours({ ...week, holidays: 'usual' })).toBe('Mo-Sa 09:00-12:30,14:00-19:00');
    expect(weekToOpeningHours({ ...week, holidays: 'default' })).toBe('Mo-Sa 09:00-12:30,14:00-19:00');
  });

  it('reads the public holidays back: special hours from the text, usual hours from the flag', () => {
    const special = fromOpeningHours('Mo-Sa 09:00-19:00; PH 10:00-12:00,14:00-16:00')!;
    expect(special.holidays).toBe('special');
    expect(special.holidayHours).toMatchObject({ start: '10:00', end: '12:00', lunchBreak: true, start2: '14:00', end2: '16:00' });
    expect(weekToOpeningHours(special)).toBe('Mo-Sa 09:00-19:00; PH 10:00-12:00,14:00-16:00');
    expect(fromOpeningHours('Mo-Sa 09:00-19:00', true)!.holidays).toBe('usual');
    expect(fromOpeningHours('Mo-Sa 09:00-19:00')!.holidays).toBe('default');
    expect(fromOpeningHours('Mo-Sa 09:00-19:00; PH off', true)!.holidays).toBe('closed');
  });

  it('writes nothing for a week closed every day, which the schema refuses', () => {
    const week = defaultWeek();
    week.days = week.days.map((day) => ({ ...day, open: false }));
    expect(weekToOpeningHours(week)).toBe('');
  });

  it('reads back what it writes, and every text it writes parses', () => {
    const week = defaultWeek();
    week.days[6] = { open: true, start: '08:00', end: '12:00', lunchBreak: false, start2: '14:00', end2: '19:00' };
    const text = weekToOpeningHours(week);
    expect(parseOpeningHours(text).ok).toBe(true);
    expect(weekToOpeningHours(fromOpeningHours(text)!)).toBe(text);
  });

  it('gives up on texts the editor cannot show, so the page offers the text itself', () => {
    expect(fromOpeningHours('Mo-Fr 09:00-12:00,13:00-15:00,16:00-19:00')).toBeNull();
    expect(fromOpeningHours('Fr 18:00-02:00')).toBeNull();
    // Recurring dates, a dated rule the weekly rules would override, too many ranges on a date.
    expect(fromOpeningHours('Mo-Fr 09:00-18:00; Dec 25 off')).toBeNull();
    expect(fromOpeningHours('2026 Dec 24 off; Mo-Fr 09:00-18:00')).toBeNull();
    expect(fromOpeningHours('Mo-Fr 09:00-18:00; 2026 Dec 24 09:00-10:00,11:00-12:00,13:00-14:00')).toBeNull();
  });
});

const closed = (from: string, to: string): DatedHours => ({ ...NEW_EXCEPTION, from, to });
const special = (from: string, to: string, start: string, end: string): DatedHours => ({ ...NEW_EXCEPTION, open: true, from, to, start, end });

describe('dated exceptions in the friendly hours editor', () => {
  const holidays = (): WeekHours => ({ ...defaultWeek(), exceptions: [closed('2026-12-24', '2027-01-02'), special('2026-12-24', '2026-12-24', '09:00', '12:00')] });

  it('writes them after the weekly rules and PH off, through the shared serializer', () => {
    expect(weekToOpeningHours(holidays())).toBe('Mo-Sa 09:00-12:30,14:00-19:00; PH off; 2026 Dec 24-2027 Jan 02 off; 2026 Dec 24 09:00-12:00');
    const week = { ...defaultWeek(), exceptions: [{ ...special('2026-08-03', '2026-08-16', '10:00', '12:00'), lunchBreak: true, start2: '15:00', end2: '18:00' }] };
    expect(weekToOpeningHours(week)).toBe('Mo-Sa 09:00-12:30,14:00-19:00; PH off; 2026 Aug 03-16 10:00-12:00,15:00-18:00');
  });

  it('leaves out an exception not filled in properly: the form reports it instead', () => {
    const week = { ...defaultWeek(), exceptions: [closed('', ''), closed('2026-12-26', '2026-12-24'), special('2026-12-24', '2026-12-24', '12:00', '09:00')] };
    expect(weekToOpeningHours(week)).toBe('Mo-Sa 09:00-12:30,14:00-19:00; PH off');
  });

  it('reads them back as they were written', () => {
    const text = weekToOpeningHours(holidays());
    const week = fromOpeningHours(text)!;
    expect(week.exceptions.map(({ from, to, open, start, end }) => ({ from, to, open, ...(open ? { start, end } : {}) }))).toEqual([
      { from: '2026-12-24', to: '2027-01-02', open: false },
      { from: '2026-12-24', to: '2026-12-24', open: true, start: '09:00', end: '12:00' },
    ]);
    expect(week.days).toEqual(defaultWeek().days);
    expect(week.holidays).toBe('closed');
    expect(weekToOpeningHours(week)).toBe(text);
  });

  it('reads a rule naming several dates as one exception per date, and exceptions without a weekly rule', () => {
    expect(fromOpeningHours('Mo-Fr 09:00-18:00; 2026 Dec 24,2026 Dec 31 09:00-12:00')!.exceptions.map((e) => [e.from, e.to, e.start, e.end])).toEqual([
      ['2026-12-24', '2026-12-24', '09:00', '12:00'],
      ['2026-12-31', '2026-12-31', '09:00', '12:00'],
    ]);
    const week = fromOpeningHours('2026 Dec 24 off')!;
    expect(week.days.every((day) => !day.open)).toBe(true);
    expect(week.exceptions).toHaveLength(1);
  });

  it('drops the exceptions already over on load, keeping those that end today', () => {
    const week = { ...defaultWeek(), exceptions: [closed('2026-08-03', '2026-08-16'), closed('2026-11-30', '2026-12-01'), closed('2026-12-24', '2026-12-24')] };
    expect(withoutPastExceptions(week, '2026-12-01').exceptions.map((e) => e.from)).toEqual(['2026-11-30', '2026-12-24']);
  });
});

describe('what the shared evaluator makes of the text written', () => {
  const tenant = { timezone: 'Europe/Paris', staleAfterDays: 30, publicHolidaysClosed: true, holidays: NO_HOLIDAYS };
  const openAt = (week: WeekHours, at: string) =>
    evaluateListing({ openingHours: weekToOpeningHours(week), status: 'open', statusUntil: null, lastConfirmedAt: at }, tenant, new Date(at)).openNow;
  // Thursday 24 December 2026, 10:00 and 15:00 in Paris; the week is open Monday to Saturday.
  const morning = '2026-12-24T09:00:00Z';
  const afternoon = '2026-12-24T14:00:00Z';

  it('keeps the usual hours without exceptions', () => {
    expect(openAt(defaultWeek(), morning)).toBe(true);
    expect(openAt(defaultWeek(), afternoon)).toBe(true);
  });

  it('is closed every day of a closure, first and last included, and open again the day after', () => {
    const week = { ...defaultWeek(), exceptions: [closed('2026-12-24', '2027-01-02')] };
    expect(openAt(week, morning)).toBe(false);
    expect(openAt(week, '2027-01-02T09:00:00Z')).toBe(false);
    expect(openAt(week, '2027-01-04T09:00:00Z')).toBe(true);
    expect(openAt(week, '2026-12-23T09:00:00Z')).toBe(true);
  });

  it('opens only the special hours on that day, and the later exception in the list wins', () => {
    const week = { ...defaultWeek(), exceptions: [closed('2026-12-24', '2027-01-02'), special('2026-12-24', '2026-12-24', '09:00', '12:00')] };
    expect(openAt(week, morning)).toBe(true);
    expect(openAt(week, afternoon)).toBe(false);
    expect(openAt(week, '2026-12-26T09:00:00Z')).toBe(false);
    expect(openAt({ ...week, exceptions: [...week.exceptions].reverse() }, morning)).toBe(false);
  });

  it('lets the shopkeeper open on a public holiday despite PH off', () => {
    const week = { ...defaultWeek(), exceptions: [special('2026-12-25', '2026-12-25', '09:00', '12:00')] };
    const christmas = { ...tenant, holidays: holidayCalendarFromDates(['2026-12-25']) };
    const at = new Date('2026-12-25T09:00:00Z');
    const listing = { status: 'open', statusUntil: null, lastConfirmedAt: at.toISOString() } as const;
    expect(evaluateListing({ ...listing, openingHours: weekToOpeningHours(defaultWeek()) }, christmas, at).openNow).toBe(false);
    expect(evaluateListing({ ...listing, openingHours: weekToOpeningHours(week) }, christmas, at).openNow).toBe(true);
  });
});
