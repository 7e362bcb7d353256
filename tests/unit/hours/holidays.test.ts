import { describe, expect, it } from 'vitest';
import { holidayCalendarFor, holidayDatesBetween, holidayRegionForTimezone } from '#schema/hours/french-holidays.ts';
import { dayNumberOf, holidayCalendarFromDates } from '#schema/hours/index.ts';
import { stateOf } from './support.ts';

const SHOP = 'Mo-Sa 08:00-12:00; PH off';

describe('public holidays', () => {
  it('closes on a national holiday and on Easter Monday, computed by the holiday package', () => {
    // Monday 2026-04-06 is Easter Monday; 09:00 in Paris is 07:00Z.
    expect(stateOf(SHOP, 'Europe/Paris', '2026-04-06T07:00:00Z', holidayCalendarFor('FR'))).toEqual({ open: false, nextChange: '2026-04-07T06:00:00.000Z' });
    expect(stateOf(SHOP, 'Europe/Paris', '2026-04-07T07:00:00Z', holidayCalendarFor('FR')).open).toBe(true);
  });

  it('knows the overseas days: abolition of slavery in Guyane (June 10) and La Réunion (December 20)', () => {
    // Wednesday 2026-06-10 09:00 in Cayenne is 12:00Z; Monday 2027-12-20 09:00 in La Réunion is 05:00Z.
    expect(stateOf(SHOP, 'America/Cayenne', '2026-06-10T12:00:00Z', holidayCalendarFor('FR-GF')).open).toBe(false);
    expect(stateOf(SHOP, 'America/Cayenne', '2026-06-10T12:00:00Z', holidayCalendarFor('FR')).open).toBe(true);
    expect(stateOf(SHOP, 'Indian/Reunion', '2027-12-20T05:00:00Z', holidayCalendarFor('FR-RE')).open).toBe(false);
  });

  it("knows New Caledonia's Citizenship Day (September 24) and Alsace-Moselle's December 26", () => {
    // Thursday 2026-09-24 09:00 in Nouméa is 2026-09-23T22:00Z; Saturday 2026-12-26 09:00 in Strasbourg is 08:00Z.
    expect(stateOf(SHOP, 'Pacific/Noumea', '2026-09-23T22:00:00Z', holidayCalendarFor('NC')).open).toBe(false);
    expect(stateOf(SHOP, 'Europe/Paris', '2026-12-26T08:00:00Z', holidayCalendarFor('FR-67')).open).toBe(false);
    expect(stateOf(SHOP, 'Europe/Paris', '2026-12-26T08:00:00Z', holidayCalendarFor('FR')).open).toBe(true);
  });

  it('derives the holiday region from the tenant zone', () => {
    expect(['Europe/Paris', 'America/Cayenne', 'Indian/Reunion', 'Pacific/Noumea'].map(holidayRegionForTimezone)).toEqual(['FR', 'FR-GF', 'FR-RE', 'NC']);
  });

  it('lists the dates for the web, which rebuilds the same calendar from them', () => {
    const dates = holidayDatesBetween('FR', dayNumberOf(2026, 1, 1), dayNumberOf(2026, 12, 31));
    expect(dates).toEqual(['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25']);
    const calendar = holidayCalendarFromDates(dates);
    expect(calendar.isHoliday(dayNumberOf(2026, 7, 14))).toBe(true);
    expect(calendar.isHoliday(dayNumberOf(2026, 7, 15))).toBe(false);
  });

  it('lets a dated exception override PH off on that day', () => {
    expect(stateOf('Mo-Sa 08:00-12:00; PH off; 2026 Jul 14 09:00-11:00', 'Europe/Paris', '2026-07-14T07:30:00Z', holidayCalendarFor('FR')).open).toBe(true);
  });
});
