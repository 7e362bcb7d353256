import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoursMessage, OpeningHoursTextSchema, parseOpeningHours, StatusUntilSchema, toOpeningHours, type Schedule } from '#schema/hours/index.ts';
import { schedule } from './arbitraries.ts';
import { reference } from './reference.ts';

function parsed(text: string): Schedule {
  const result = parseOpeningHours(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.key} ${result.error.part}`);
  return result.schedule;
}

const days = (weekdays: number[], holidays = false) => ({ kind: 'days', weekdays, holidays });

describe('parseOpeningHours', () => {
  it('reads weekday rules with a lunch break, and PH off', () => {
    expect(parsed('Mo-Fr 09:00-12:00,14:00-19:00; Sa 09:00-12:00; PH off').rules).toEqual([
      { days: days([0, 1, 2, 3, 4]), ranges: [{ start: 540, end: 720 }, { start: 840, end: 1140 }] },
      { days: days([5]), ranges: [{ start: 540, end: 720 }] },
      { days: days([], true), ranges: [] },
    ]);
  });

  it('reads 24/7, off and a rule for every day', () => {
    expect(parsed('24/7').rules).toEqual([{ days: { kind: 'every' }, ranges: [{ start: 0, end: 1440 }] }]);
    expect(parsed('off').rules).toEqual([{ days: { kind: 'every' }, ranges: [] }]);
    expect(parsed('Mo-Su 07:00-21:00').rules).toEqual([{ days: days([0, 1, 2, 3, 4, 5, 6]), ranges: [{ start: 420, end: 1260 }] }]);
  });

  it('reads a range past midnight as ending the next day', () => {
    expect(parsed('Fr 18:00-02:00').rules[0]?.ranges).toEqual([{ start: 1080, end: 1560 }]);
    expect(parsed('Fr 22:00-26:00').rules[0]?.ranges).toEqual([{ start: 1320, end: 1560 }]);
  });

  it('reads weekday ranges that wrap the week, lists, and PH in the same rule', () => {
    expect(parsed('Sa-Mo 10:00-12:00').rules[0]?.days).toEqual(days([0, 5, 6]));
    expect(parsed('Tu,Th,Sa,PH 10:00-12:00').rules[0]?.days).toEqual(days([1, 3, 5], true));
  });

  it('reads dated exceptions: one day, a span, a span across years, recurring days', () => {
    const spans = (text: string) => {
      const rule = parsed(text).rules[0];
      return rule?.days.kind === 'dates' ? rule.days.spans : null;
    };
    expect(spans('2026 Dec 24 09:00-12:00')).toEqual([{ from: { year: 2026, month: 12, day: 24 }, to: { year: 2026, month: 12, day: 24 } }]);
    expect(spans('2026 Aug 03-16 off')).toEqual([{ from: { year: 2026, month: 8, day: 3 }, to: { year: 2026, month: 8, day: 16 } }]);
    expect(spans('2026 Dec 24-2027 Jan 02 off')).toEqual([{ from: { year: 2026, month: 12, day: 24 }, to: { year: 2027, month: 1, day: 2 } }]);
    expect(spans('2026 Jul 28-Aug 09 off')).toEqual([{ from: { year: 2026, month: 7, day: 28 }, to: { year: 2026, month: 8, day: 9 } }]);
    expect(spans('Dec 25,Jan 01 off')).toEqual([
      { from: { year: null, month: 12, day: 25 }, to: { year: null, month: 12, day: 25 } },
      { from: { year: null, month: 1, day: 1 }, to: { year: null, month: 1, day: 1 } },
    ]);
  });

  it('forgives spacing and letter case, which carry no meaning', () => {
    expect(parsed('mo - fr 9:00 - 12:00 ;  sa 09:00-12:00;')).toEqual(parsed('Mo-Fr 09:00-12:00; Sa 09:00-12:00'));
  });

  it.each([
    ['Mo-Fr 09:00-12:00 "sur rendez-vous"', 'hours.unsupported', '"sur rendez-vous"'],
    ['Mo-Fr 09:00-12:00 || "by appointment"', 'hours.unsupported', '|| "by appointment"'],
    ['Mo[1] 09:00-12:00', 'hours.unsupported', 'Mo[1]'],
    ['Jan-Mar Mo-Fr 09:00-12:00', 'hours.unsupported', 'Jan-Mar Mo-Fr'],
    ['SH off', 'hours.unsupported', 'SH'],
    ['Mo-Fr sunrise-sunset', 'hours.unsupported', 'Mo-Fr sunrise-sunset'],
    ['Mo-Fr 09:00-12:00; Sa 25:00-26:00', 'hours.time', '25:00'],
    ['Mo 09:70-12:00', 'hours.time', '09:70'],
    ['Mo 10:00-10:00', 'hours.empty_range', '10:00-10:00'],
    ['Feb 30 off', 'hours.date', 'Feb 30'],
    ['2026 Dec 24-2025 Jan 02 off', 'hours.date', '2026 Dec 24-2025 Jan 02'],
    ['Mo-Fr', 'hours.missing_times', 'Mo-Fr'],
    ['', 'hours.empty', ''],
    [' ; ', 'hours.empty', ''],
  ])('refuses %j, naming the part not understood', (text, key, part) => {
    expect(parseOpeningHours(text)).toEqual({ ok: false, error: { key, part } });
  });

  it('says what was not understood in French and English', () => {
    expect(hoursMessage('hours.unsupported', 'fr', 'SH')).toBe('Cette partie des horaires n’est pas comprise : « SH ».');
    expect(hoursMessage('hours.unsupported', 'en', 'SH')).toBe('This part of the opening hours is not understood: “SH”.');
  });
});

describe('toOpeningHours', () => {
  it('writes the usual forms back as OSM tools write them', () => {
    for (const text of ['Mo-Fr 09:00-12:00,14:00-19:00; Sa 09:00-12:00; PH off', '24/7', 'off', 'Fr 18:00-02:00', 'Mo,We,Fr 08:00-12:00', 'Mo-Sa 09:00-19:00; 2026 Aug 03-16 off; 2026 Dec 24 09:00-12:00; Dec 25 off']) {
      expect(toOpeningHours(parsed(text))).toBe(text);
    }
  });

  it('adds PH off for a tenant that closes on holidays, before dated exceptions', () => {
    expect(toOpeningHours(parsed('Mo-Sa 09:00-19:00; 2026 Dec 24 09:00-12:00'), { publicHolidaysClosed: true })).toBe('Mo-Sa 09:00-19:00; PH off; 2026 Dec 24 09:00-12:00');
    expect(toOpeningHours(parsed('Mo-Sa 09:00-19:00; PH 10:00-12:00'), { publicHolidaysClosed: true })).toBe('Mo-Sa 09:00-19:00; PH 10:00-12:00');
  });

  it('keeps a 24-hour range that starts mid-day in the extended form, which reads back the same', () => {
    expect(toOpeningHours(parsed('Mo 10:00-34:00'))).toBe('Mo 10:00-34:00');
  });

  it('writes February spans ending on the 28th in the long form OSM tools read correctly', () => {
    expect(toOpeningHours(parsed('Feb 20-28 off'))).toBe('Feb 20-Feb 28 off');
  });

  it('gives back the same schedule after export and import, for generated schedules', () => {
    fc.assert(
      fc.property(schedule(true), (generated) => {
        const text = toOpeningHours(generated);
        expect(parsed(text)).toEqual(generated);
        expect(toOpeningHours(parsed(text))).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('exports only text that OpenStreetMap opening_hours accepts', () => {
    fc.assert(
      fc.property(schedule(true), fc.boolean(), (generated, publicHolidaysClosed) => {
        const text = toOpeningHours(generated, { publicHolidaysClosed });
        expect(() => reference(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('OpeningHoursTextSchema', () => {
  it('accepts supported hours and names the part it does not understand', () => {
    expect(OpeningHoursTextSchema.safeParse('Mo-Fr 09:00-18:00; PH off').success).toBe(true);
    const result = OpeningHoursTextSchema.safeParse('Mo-Fr 09:00-18:00; SH off');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ message: 'hours.unsupported', params: { part: 'SH' } });
  });

  it('accepts a reopening date only if it exists', () => {
    expect(StatusUntilSchema.safeParse('2026-12-12').success).toBe(true);
    expect(StatusUntilSchema.safeParse('2026-02-30').success).toBe(false);
    expect(StatusUntilSchema.safeParse('12/12/2026').error?.issues[0]?.message).toBe('hours.status_until');
  });
});
