import { describe, expect, it } from 'vitest';
import { parseOpeningHours } from '#schema/hours/index.ts';
import { defaultWeek, fromOpeningHours, toOpeningHours, type WeekHours } from '../../web/src/register/hours-text.ts';

describe('the friendly hours editor and OSM opening_hours', () => {
  it('writes consecutive days with the same hours as one rule, closed on public holidays', () => {
    expect(toOpeningHours(defaultWeek())).toBe('Mo-Sa 09:00-12:30,14:00-19:00; PH off');
  });

  it('writes two days as a list, days without a lunch break apart, and leaves closed days out', () => {
    const week: WeekHours = defaultWeek();
    week.days[1] = { ...week.days[1]!, open: false };
    week.days[5] = { ...week.days[5]!, lunchBreak: false, end: '13:00' };
    week.holidaysClosed = false;
    expect(toOpeningHours(week)).toBe('Mo 09:00-12:30,14:00-19:00; We-Fr 09:00-12:30,14:00-19:00; Sa 09:00-13:00');
  });

  it('writes nothing for a week closed every day, which the schema refuses', () => {
    const week = defaultWeek();
    week.days = week.days.map((day) => ({ ...day, open: false }));
    expect(toOpeningHours(week)).toBe('');
  });

  it('reads back what it writes, and every text it writes parses', () => {
    const week = defaultWeek();
    week.days[6] = { open: true, start: '08:00', end: '12:00', lunchBreak: false, start2: '14:00', end2: '19:00' };
    const text = toOpeningHours(week);
    expect(parseOpeningHours(text).ok).toBe(true);
    expect(toOpeningHours(fromOpeningHours(text)!)).toBe(text);
  });

  it('gives up on texts the editor cannot show, so the page offers the text itself', () => {
    expect(fromOpeningHours('Mo-Fr 09:00-12:00,13:00-15:00,16:00-19:00')).toBeNull();
    expect(fromOpeningHours('2026 Dec 24 off')).toBeNull();
    expect(fromOpeningHours('Fr 18:00-02:00')).toBeNull();
  });
});
