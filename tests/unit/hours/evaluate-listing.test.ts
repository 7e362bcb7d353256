import { describe, expect, it } from 'vitest';
import { holidayCalendarFor } from '#schema/hours/french-holidays.ts';
import { evaluateListing, formatSummary, NO_HOLIDAYS, type ListingHoursInput, type TenantHoursSettings } from '#schema/hours/index.ts';

const paris: TenantHoursSettings = { timezone: 'Europe/Paris', staleAfterDays: 30, publicHolidaysClosed: false, holidays: holidayCalendarFor('FR') };
const SHOP = 'Mo-Fr 09:00-12:00,14:00-19:00; Sa 09:00-12:00; PH off';

function listing(overrides: Partial<ListingHoursInput> = {}): ListingHoursInput {
  return { openingHours: SHOP, status: 'open', statusUntil: null, lastConfirmedAt: '2026-01-02T10:00:00Z', ...overrides };
}

// Paris is UTC+1 in January, so 10:00Z is 11:00 on the shop's clock.
describe('evaluateListing', () => {
  it('says a shop is open in its morning range and closes at noon, local time', () => {
    const result = evaluateListing(listing(), paris, new Date('2026-01-05T10:00:00Z'));
    expect(result.openNow).toBe(true);
    expect(result.nextChange?.toISOString()).toBe('2026-01-05T11:00:00.000Z');
    expect(formatSummary(result.summary, 'fr')).toBe("Ouvert jusqu'à 12:00");
    expect(formatSummary(result.summary, 'en')).toBe('Open until 12:00');
  });

  it('says a shop on its lunch break opens again at 14:00 today', () => {
    const result = evaluateListing(listing(), paris, new Date('2026-01-05T11:30:00Z'));
    expect(result.openNow).toBe(false);
    expect(result.nextChange?.toISOString()).toBe('2026-01-05T13:00:00.000Z');
    expect(result.summary).toEqual({ kind: 'opens', at: '2026-01-05T13:00:00.000Z', time: '14:00', day: { kind: 'today' } });
  });

  it('says a shop closed for the evening opens tomorrow at 09:00', () => {
    const result = evaluateListing(listing(), paris, new Date('2026-01-05T19:00:00Z'));
    expect(result.openNow).toBe(false);
    expect(formatSummary(result.summary, 'fr')).toBe('Ouvre demain à 09:00');
    expect(formatSummary(result.summary, 'en')).toBe('Opens tomorrow at 09:00');
  });

  it('skips Sunday: after Saturday noon the next opening is Monday 09:00', () => {
    const result = evaluateListing(listing(), paris, new Date('2026-01-10T12:30:00Z'));
    expect(result.nextChange?.toISOString()).toBe('2026-01-12T08:00:00.000Z');
    expect(formatSummary(result.summary, 'en')).toBe('Opens Monday at 09:00');
  });

  it('keeps a Friday night range open past midnight into Saturday', () => {
    const result = evaluateListing(listing({ openingHours: 'Fr 18:00-02:00' }), paris, new Date('2026-01-10T00:30:00Z'));
    expect(result.openNow).toBe(true);
    expect(result.nextChange?.toISOString()).toBe('2026-01-10T01:00:00.000Z');
    expect(formatSummary(result.summary, 'en')).toBe('Open until 02:00');
  });

  it('closes on a public holiday the schedule marks PH off (Bastille Day)', () => {
    const result = evaluateListing(listing(), paris, new Date('2026-07-14T08:00:00Z'));
    expect(result.openNow).toBe(false);
    expect(result.nextChange?.toISOString()).toBe('2026-07-15T07:00:00.000Z');
  });

  it('applies the tenant policy when the schedule says nothing about holidays', () => {
    const hours = listing({ openingHours: 'Mo-Su 07:00-21:00' });
    const christmas = new Date('2026-12-25T10:00:00Z');
    expect(evaluateListing(hours, paris, christmas).openNow).toBe(true);
    expect(evaluateListing(hours, { ...paris, publicHolidaysClosed: true }, christmas).openNow).toBe(false);
  });

  it('keeps a temporarily closed business closed until its end date, then follows its hours', () => {
    const closed = listing({ status: 'temporarily_closed', statusUntil: '2026-12-12', openingHours: 'Mo-Sa 09:00-19:00' });
    const during = evaluateListing(closed, paris, new Date('2026-12-01T10:00:00Z'));
    expect(during.openNow).toBe(false);
    expect(during.nextChange?.toISOString()).toBe('2026-12-12T08:00:00.000Z');
    expect(formatSummary(during.summary, 'fr')).toBe('Rouvre le 12 décembre');
    expect(formatSummary(during.summary, 'en')).toBe('Reopens on 12 December');
    expect(evaluateListing(closed, paris, new Date('2026-12-12T10:00:00Z')).openNow).toBe(true);
  });

  it('keeps a temporarily closed business without an end date closed, with no next change', () => {
    const result = evaluateListing(listing({ status: 'temporarily_closed' }), paris, new Date('2026-01-05T10:00:00Z'));
    expect(result).toMatchObject({ openNow: false, nextChange: null });
    expect(formatSummary(result.summary, 'en')).toBe('Temporarily closed');
  });

  it('never opens a permanently closed business', () => {
    const result = evaluateListing(listing({ status: 'permanently_closed' }), paris, new Date('2026-01-05T10:00:00Z'));
    expect(result).toMatchObject({ openNow: false, nextChange: null, summary: { kind: 'permanently_closed' } });
  });

  it('treats an adapted business (services only) by its hours', () => {
    expect(evaluateListing(listing({ status: 'adapted' }), paris, new Date('2026-01-05T10:00:00Z')).openNow).toBe(true);
  });

  it('marks a listing stale past the tenant age, and fresh before it', () => {
    const at = new Date('2026-02-10T10:00:00Z');
    expect(evaluateListing(listing({ lastConfirmedAt: '2026-01-02T10:00:00Z' }), paris, at).stale).toBe(true);
    expect(evaluateListing(listing({ lastConfirmedAt: '2026-01-20T10:00:00Z' }), paris, at).stale).toBe(false);
    expect(evaluateListing(listing({ lastConfirmedAt: '2026-01-02T10:00:00Z' }), { ...paris, staleAfterDays: 60 }, at).stale).toBe(false);
  });

  it('answers "unknown" for empty or unsupported hours rather than guessing', () => {
    for (const openingHours of ['', 'Mo-Fr 09:00-12:00 "sur rendez-vous"']) {
      const result = evaluateListing(listing({ openingHours }), paris, new Date('2026-01-05T10:00:00Z'));
      expect(result).toMatchObject({ openNow: false, nextChange: null, summary: { kind: 'unknown' } });
    }
  });

  it('gives no next change for 24/7 and for always closed', () => {
    const tenant = { ...paris, holidays: NO_HOLIDAYS };
    const at = new Date('2026-03-03T10:00:00Z');
    expect(evaluateListing(listing({ openingHours: '24/7' }), tenant, at)).toMatchObject({ openNow: true, nextChange: null, summary: { kind: 'open_always' } });
    expect(evaluateListing(listing({ openingHours: 'off' }), tenant, at)).toMatchObject({ openNow: false, nextChange: null, summary: { kind: 'closed' } });
  });

  it('evaluates in the tenant zone: 09:00 in Cayenne is 12:00 UTC', () => {
    const cayenne = { ...paris, timezone: 'America/Cayenne', holidays: holidayCalendarFor('FR-GF') };
    const hours = listing({ openingHours: 'Mo-Fr 09:00-17:00' });
    expect(evaluateListing(hours, cayenne, new Date('2026-01-05T11:59:00Z')).openNow).toBe(false);
    expect(evaluateListing(hours, cayenne, new Date('2026-01-05T12:00:00Z')).openNow).toBe(true);
  });

  it('says "closed until" for a week of leave, with the reopening date', () => {
    const leave = listing({ openingHours: 'Mo-Sa 09:00-19:00; 2026 Aug 03-16 off' });
    const result = evaluateListing(leave, paris, new Date('2026-08-05T10:00:00Z'));
    expect(result.nextChange?.toISOString()).toBe('2026-08-17T07:00:00.000Z');
    expect(formatSummary(result.summary, 'fr')).toBe('Rouvre le 17 août');
  });
});
