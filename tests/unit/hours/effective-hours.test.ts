import { afterAll, describe, expect, it } from 'vitest';
import { holidayCalendarFor } from '#schema/hours/french-holidays.ts';
import { closesOnPublicHolidays, effectiveOpeningHours, evaluateListing, openingHoursWith, parseOpeningHours, toOpeningHours, type PublicHolidays, type TenantHoursSettings } from '#schema/hours/index.ts';
import { CATEGORY_PROFILES } from '#seed/category-profiles.ts';
import { inZone, reference, useLibraryAsInTheWorker } from './reference.ts';

const ZONE = 'Europe/Paris';
const DAY_MS = 86_400_000;
const tenant = (publicHolidaysClosed: boolean): TenantHoursSettings => ({ timezone: ZONE, staleAfterDays: 3650, publicHolidaysClosed, holidays: holidayCalendarFor('FR') });

/** Every demo schedule, and a few a shopkeeper writes that speak of holidays themselves. */
const SCHEDULES = [...new Set(Object.values(CATEGORY_PROFILES).flatMap((profile) => profile.hours)), 'Mo-Sa 09:00-19:00; PH 09:00-12:00', 'Mo-Su 07:00-20:00; PH 07:00-20:00', '24/7'];

/**
 * Instants on, around and across the public holidays of 2027 (Paris): New Year, Easter Monday,
 * 1 and 8 May, Ascension, Whit Monday, 14 July, 15 August, 1 and 11 November, Christmas; the
 * eve of each, at opening, lunch, evening and night, so next changes cross the holiday too.
 */
const HOLIDAYS_2027 = ['2027-01-01', '2027-03-29', '2027-05-01', '2027-05-08', '2027-05-06', '2027-05-17', '2027-07-14', '2027-08-15', '2027-11-01', '2027-11-11', '2027-12-25'];
const LOCAL_TIMES = ['06:50', '09:30', '12:45', '18:55', '23:30'];
/** The eve of Easter Monday 2027 is the spring-forward night, where the reference parts ways on purpose (dst.test.ts). */
const DST_DAY = Date.parse('2027-03-28T00:00:00Z');
function instants(): Date[] {
  return HOLIDAYS_2027.flatMap((day) =>
    [-1, 0].filter((offset) => Date.parse(`${day}T00:00:00Z`) + offset * DAY_MS !== DST_DAY).flatMap((offset) =>
      LOCAL_TIMES.map((time) => {
        const local = new Date(Date.parse(`${day}T${time}:00Z`) + offset * DAY_MS);
        // Paris is UTC+1 until 28 March and after 31 October, UTC+2 between.
        const summer = local.getTime() >= Date.parse('2027-03-28T01:00:00Z') && local.getTime() < Date.parse('2027-10-31T01:00:00Z');
        return new Date(local.getTime() - (summer ? 2 : 1) * 3_600_000);
      }),
    ),
  );
}

let compared = 0;
afterAll(() => console.log(`effective hours: ${compared} open/next-change answers compared with opening_hours on public-holiday instants`));

/** What opening_hours.js answers for a published string at each instant: open or not, and its next change within 30 days. */
function referenceAnswers(published: string): Array<{ at: Date; open: boolean; next: string | null }> {
  // One evaluator per published text, all its instants read in the zone under test.
  return inZone(ZONE, () => {
    const evaluator = reference(published);
    return instants().map((at) => {
      const next = evaluator.getNextChange(at, new Date(at.getTime() + 30 * DAY_MS));
      return { at, open: evaluator.getState(at), next: next === undefined ? null : next.toISOString() };
    });
  });
}

/** Our answers for a stored value at each instant are opening_hours.js's for the string we publish. */
function expectAgreement(stored: { openingHours: string; holidaysAsUsual?: boolean }, publicHolidaysClosed: boolean, label: Record<string, string> = {}): void {
  const published = effectiveOpeningHours(stored.openingHours, closesOnPublicHolidays(publicHolidaysClosed, stored.holidaysAsUsual ?? false));
  for (const { at, ...theirs } of referenceAnswers(published)) {
    const ours = evaluateListing({ ...stored, status: 'open', statusUntil: null, lastConfirmedAt: at.toISOString() }, tenant(publicHolidaysClosed), at);
    compared++;
    expect({ published, ...label, at: at.toISOString(), open: ours.openNow, next: ours.nextChange?.toISOString() ?? null }).toEqual({ published, ...label, at: at.toISOString(), ...theirs });
  }
}

describe('the published opening_hours string', () => {
  it('writes the tenant holiday policy in, and leaves a schedule alone when the tenant opens on holidays or it says so itself', () => {
    expect(effectiveOpeningHours('Mo-Sa 09:00-19:00', true)).toBe('Mo-Sa 09:00-19:00; PH off');
    expect(effectiveOpeningHours('Mo-Sa 09:00-19:00; 2027 Aug 02-15 off', true)).toBe('Mo-Sa 09:00-19:00; PH off; 2027 Aug 02-15 off');
    expect(effectiveOpeningHours('Mo-Sa 09:00-19:00', false)).toBe('Mo-Sa 09:00-19:00');
    expect(effectiveOpeningHours('Mo-Sa 09:00-19:00; PH 09:00-12:00', true)).toBe('Mo-Sa 09:00-19:00; PH 09:00-12:00');
    expect(effectiveOpeningHours('sur rendez-vous', true)).toBe('sur rendez-vous');
  });

  it('means to opening_hours what it means to us, on public holidays and around them', () => {
    for (const publicHolidaysClosed of [true, false]) {
      for (const openingHours of SCHEDULES) expectAgreement({ openingHours }, publicHolidaysClosed);
    }
  });

  it("means the same to opening_hours when each business says what it does on public holidays", () => {
    const choices: PublicHolidays[] = [{ kind: 'default' }, { kind: 'closed' }, { kind: 'usual' }, { kind: 'special', ranges: [{ start: 600, end: 720 }] }];
    for (const publicHolidaysClosed of [true, false]) {
      for (const text of SCHEDULES.filter((schedule) => !/\bPH\b/.test(schedule))) {
        for (const choice of choices) expectAgreement(openingHoursWith(text, choice), publicHolidaysClosed, { choice: choice.kind });
      }
    }
  });

  it("writes the business's choice into its hours: PH off or PH hours before dated exceptions, a flag for usual hours", () => {
    expect(openingHoursWith('Mo-Sa 09:00-19:00; 2027 Aug 02-15 off', { kind: 'closed' })).toEqual({ openingHours: 'Mo-Sa 09:00-19:00; PH off; 2027 Aug 02-15 off', holidaysAsUsual: false });
    expect(openingHoursWith('Mo-Sa 09:00-19:00; PH off', { kind: 'special', ranges: [{ start: 540, end: 720 }] })).toEqual({ openingHours: 'Mo-Sa 09:00-19:00; PH 09:00-12:00', holidaysAsUsual: false });
    expect(openingHoursWith('Mo-Sa 09:00-19:00; PH off', { kind: 'usual' })).toEqual({ openingHours: 'Mo-Sa 09:00-19:00', holidaysAsUsual: true });
    expect(openingHoursWith('Mo-Sa 09:00-19:00; PH off', { kind: 'default' })).toEqual({ openingHours: 'Mo-Sa 09:00-19:00; PH off', holidaysAsUsual: false });
  });

  it('writes a run of days through Sunday as mappers do: Su-Th, not Mo-Th,Su', () => {
    const parsed = parseOpeningHours('Mo-Th,Su 11:00-23:00; Fr,Sa 11:00-01:00');
    if (!parsed.ok) throw new Error('unparsed');
    expect(toOpeningHours(parsed.schedule)).toBe('Su-Th 11:00-23:00; Fr,Sa 11:00-01:00');
    const two = parseOpeningHours('Mo,Su 10:00-12:00');
    if (!two.ok) throw new Error('unparsed');
    expect(toOpeningHours(two.schedule)).toBe('Mo,Su 10:00-12:00');
    const reread = parseOpeningHours('Su-Th 11:00-23:00');
    expect(reread.ok && reread.schedule.rules[0]?.days).toEqual({ kind: 'days', weekdays: [0, 1, 2, 3, 6], holidays: false });
  });
});

/** Values only OpenStreetMap's evaluator reads (months, nth weekday, `||`), as imported from OSM. */
const LIBRARY_ONLY = [
  'Mo-Sa 09:00-19:00; Aug off',
  'Apr-Sep Mo-Sa 10:00-19:00; Oct-Mar Mo-Sa 10:00-18:00',
  'Mo-Fr 08:00-12:00,14:00-18:00; Sa[1] 09:00-12:00',
  'Jan-Dec Mo-Su 10:00-19:00; PH 10:00-12:00',
  'Mo-Sa 07:00-20:00 || "sur rendez-vous"',
];

describe('the published string of hours only the library reads', () => {
  useLibraryAsInTheWorker();

  it('writes the holiday policy in as the status applies it, and leaves alone what says so itself or nothing evaluates', () => {
    expect(effectiveOpeningHours('Mo-Sa 09:00-19:00; Aug off', true)).toBe('Mo-Sa 09:00-19:00; Aug off; PH off');
    expect(effectiveOpeningHours('Mo-Sa 09:00-19:00; Aug off', false)).toBe('Mo-Sa 09:00-19:00; Aug off');
    expect(effectiveOpeningHours('Jan-Dec Mo-Su 10:00-19:00; PH 10:00-12:00', true)).toBe('Jan-Dec Mo-Su 10:00-19:00; PH 10:00-12:00');
    expect(effectiveOpeningHours('Mo-Sa 07:00-20:00 || "sur rendez-vous"', true)).toBe('Mo-Sa 07:00-20:00 || "sur rendez-vous"');
    expect(effectiveOpeningHours('"sur rendez-vous"', true)).toBe('"sur rendez-vous"');
  });

  it('means to opening_hours what our status says, on public holidays and around them', () => {
    // 14 July 2027, a Wednesday: closed by the tenant's policy, and so for OSM tools reading the string.
    const holiday = new Date('2027-07-14T10:00:00Z');
    const stored = LIBRARY_ONLY[0]!;
    expect(evaluateListing({ openingHours: stored, status: 'open', statusUntil: null, lastConfirmedAt: holiday.toISOString() }, tenant(true), holiday).openNow).toBe(false);
    expect(inZone(ZONE, () => reference(effectiveOpeningHours(stored, true)).getState(holiday))).toBe(false);
    for (const publicHolidaysClosed of [true, false]) {
      for (const openingHours of LIBRARY_ONLY) expectAgreement({ openingHours }, publicHolidaysClosed);
    }
  });
});
