import { describe, expect, it } from 'vitest';
import { holidayCalendarFor } from '#schema/hours/french-holidays.ts';
import { formatOpenStatus, isOpen, listingStatusAt, openShare, statusTone, type ListingHoursInput, type OpenStatus, type TenantHoursSettings } from '#schema/hours/index.ts';

const paris: TenantHoursSettings = { timezone: 'Europe/Paris', staleAfterDays: 30, publicHolidaysClosed: true, holidays: holidayCalendarFor('FR'), closesSoonMinutes: 30 };
const RESTAURANT = 'Tu-Sa 11:30-14:30,19:00-22:30';
const BUTCHER = 'Tu-Sa 07:30-12:30,15:00-19:00';

function listing(overrides: Partial<ListingHoursInput> = {}): ListingHoursInput {
  return { openingHours: BUTCHER, status: 'open', statusUntil: null, lastConfirmedAt: '2027-01-02T10:00:00Z', ...overrides };
}

function words(input: ListingHoursInput, at: string, settings = paris): { fr: string; en: string; status: OpenStatus } {
  const status = listingStatusAt(input, settings, new Date(at));
  return { fr: formatOpenStatus(status, 'fr'), en: formatOpenStatus(status, 'en'), status };
}

// January: Paris is UTC+1, so 05:50Z is 06:50 on the shops' clock. 2027-01-11 is a Monday.
describe('listingStatusAt', () => {
  it('says a restaurant is closed at 06:50 and opens at 11:30, never "Ouvert"', () => {
    const { fr, en, status } = words(listing({ openingHours: RESTAURANT }), '2027-01-12T05:50:00Z');
    expect(fr).toBe('Fermé · ouvre à 11:30');
    expect(en).toBe('Closed · opens at 11:30');
    expect(isOpen(status)).toBe(false);
    expect(statusTone(status)).toBe('closed');
  });

  it('says a butcher closed on Mondays opens tomorrow at 07:30', () => {
    expect(words(listing(), '2027-01-11T05:50:00Z').fr).toBe('Fermé · ouvre demain à 07:30');
  });

  it('names the weekday when the opening is further than tomorrow', () => {
    expect(words(listing({ openingHours: 'Th 09:00-12:00' }), '2027-01-11T09:00:00Z').fr).toBe('Fermé · ouvre jeudi à 09:00');
  });

  it('says open until the next closing, and "closes soon" within the tenant-set minutes', () => {
    expect(words(listing(), '2027-01-12T09:00:00Z').fr).toBe("Ouvert · jusqu'à 12:30");
    const soon = words(listing(), '2027-01-12T11:25:00Z');
    expect(soon.fr).toBe('Ferme bientôt · à 12:30');
    expect(soon.en).toBe('Closes soon · at 12:30');
    expect(statusTone(soon.status)).toBe('closing');
    expect(isOpen(soon.status)).toBe(true);
    expect(words(listing(), '2027-01-12T11:25:00Z', { ...paris, closesSoonMinutes: 4 }).fr).toBe("Ouvert · jusqu'à 12:30");
  });

  it('says closed at lunch and opens again at 15:00', () => {
    expect(words(listing(), '2027-01-12T12:30:00Z').fr).toBe('Fermé · ouvre à 15:00');
  });

  it('keeps a temporarily closed place closed until its reopening day, whatever its hours say', () => {
    const closed = listing({ status: 'temporarily_closed', statusUntil: '2027-01-16' });
    const before = words(closed, '2027-01-15T09:00:00Z');
    expect(before.fr).toBe('Fermé temporairement · rouvre le 16 janvier');
    expect(before.en).toBe('Temporarily closed · reopens on 16 January');
    expect(statusTone(before.status)).toBe('paused');
    expect(words(closed, '2027-01-16T09:00:00Z').fr).toBe("Ouvert · jusqu'à 12:30");
    expect(words(listing({ status: 'temporarily_closed' }), '2027-01-16T09:00:00Z').fr).toBe('Fermé temporairement');
  });

  it('tells services only apart, naming them and whether they run at that instant', () => {
    const adapted = listing({ status: 'adapted', services: ['delivery', 'click_collect'] });
    const running = words(adapted, '2027-01-12T09:00:00Z');
    expect(running.fr).toBe("Services seulement : livraison, retrait (click & collect) · en cours · jusqu'à 12:30");
    expect(running.en).toBe('Services only: delivery, click & collect · running now · until 12:30');
    expect(statusTone(running.status)).toBe('services');
    const paused = words(adapted, '2027-01-12T19:00:00Z');
    expect(paused.fr).toBe('Services seulement : livraison, retrait (click & collect) · pas en ce moment · reprennent demain à 07:30');
    expect(paused.en).toBe('Services only: delivery, click & collect · not running now · resume tomorrow at 07:30');
    expect(statusTone(paused.status)).toBe('closed');
    expect(isOpen(paused.status)).toBe(false);
    // A business that named no service still reads "services only".
    expect(words(listing({ status: 'adapted' }), '2027-01-12T09:00:00Z').fr).toBe("Services seulement · en cours · jusqu'à 12:30");
  });

  it('says closed on a public holiday when the tenant closes on them', () => {
    // 2027-05-01 is a Saturday, Fête du Travail: Paris is UTC+2.
    expect(words(listing({ lastConfirmedAt: '2027-04-20T10:00:00Z' }), '2027-05-01T08:00:00Z').fr).toBe('Fermé · ouvre mardi à 07:30');
  });

  it('reads "to be confirmed" on stale information, and counts it apart in cluster rings', () => {
    const stale = words(listing({ lastConfirmedAt: '2026-10-01T10:00:00Z' }), '2027-01-12T09:00:00Z');
    expect(stale.fr).toBe("À confirmer · Ouvert · jusqu'à 12:30");
    expect(statusTone(stale.status)).toBe('unsure');
    expect(openShare(stale.status)).toBe('unsure');
  });

  it('puts closure for good before everything, and says when no hours are given', () => {
    expect(words(listing({ status: 'permanently_closed' }), '2027-01-12T09:00:00Z').fr).toBe('Fermé définitivement');
    expect(words(listing({ openingHours: '' }), '2027-01-12T09:00:00Z').fr).toBe('Horaires non renseignés');
  });

  it('reads a bar open past midnight as open until 02:00 and 24/7 as such', () => {
    expect(words(listing({ openingHours: 'Fr 18:00-02:00' }), '2027-01-15T22:00:00Z').fr).toBe("Ouvert · jusqu'à 02:00");
    expect(words(listing({ openingHours: '24/7' }), '2027-01-15T22:00:00Z', { ...paris, publicHolidaysClosed: false }).en).toBe('Open 24/7');
    // The tenant closes on public holidays: even 24/7 closes on Easter Monday.
    expect(words(listing({ openingHours: '24/7' }), '2027-01-15T22:00:00Z').en).toBe('Open · until 29 March 00:00');
  });
});
