import { describe, expect, it } from 'vitest';
import { holidayCalendarFor } from '#schema/hours/french-holidays.ts';
import { evaluateListing, type TenantHoursSettings } from '#schema/hours/index.ts';
import { readOpeningHours } from '#schema/hours/osm-library.ts';
import { useLibraryAsInTheWorker } from './reference.ts';

describe('readOpeningHours', () => {
  it('keeps a value the compiled model reads as it is', () => {
    expect(readOpeningHours('Mo-Fr 09:00-12:00,14:00-18:00; PH off')).toEqual({
      kind: 'model',
      original: 'Mo-Fr 09:00-12:00,14:00-18:00; PH off',
      text: 'Mo-Fr 09:00-12:00,14:00-18:00; PH off',
      changes: [],
    });
  });

  it.each([
    ['Mon-Sat 7AM-8PM', 'Mo-Sa 07:00-20:00'],
    ['Mo-Fr: 08:00-17:00', 'Mo-Fr 08:00-17:00'],
    ['Mo-Fr 08:00–18:00', 'Mo-Fr 08:00-18:00'],
    ['Mo-Fr 10.30-18.00', 'Mo-Fr 10:30-18:00'],
    ['Mo-Fr 7-18', 'Mo-Fr 07:00-18:00'],
    ['lundi-vendredi 9h-12h', 'Mo-Fr 09:00-12:00'],
  ])('normalises the sloppy %j into %j for the compiled model, and says so', (original, text) => {
    const reading = readOpeningHours(original);
    expect(reading).toMatchObject({ kind: 'model', original, text });
    expect(reading.kind === 'model' && reading.changes.length).toBeGreaterThan(0);
  });

  it('hands what the model cannot read to the library, normalised', () => {
    expect(readOpeningHours('Nov-Mar off; Mo-Fr 09:00-18:00')).toMatchObject({ kind: 'library', text: 'Nov-Mar off; Mo-Fr 09:00-18:00' });
    expect(readOpeningHours('Mo-Fr 08:00-12:00; Su[1] 10:00-12:00')).toMatchObject({ kind: 'library' });
  });

  it.each([
    ['9-5', '9'],
    ['Di-Sa 09:00-18:00', 'di'],
    ['Ma-Di 09:00-18:00', 'ma'],
    ['L-V 09:00-17:00', 'l'],
  ])('flags the ambiguous %j instead of guessing, naming %j', (original, part) => {
    const reading = readOpeningHours(original);
    expect(reading.kind).toBe('ambiguous');
    expect(reading.kind === 'ambiguous' && reading.changes.some((change) => change.kind === 'ambiguous' && change.part.toLowerCase().includes(part))).toBe(true);
  });

  it.each([
    ['9-5', '09:00-05:00'],
    ['Mo-Fr 8:00-8:00', 'Mo-Fr 08:00-08:00'],
    ['Di-Sa 09:00-18:00', 'Su-Sa 09:00-18:00'],
  ])('proposes for the ambiguous %j the reading of opening_hours.js, %j, written to read one way only', (original, proposal) => {
    const reading = readOpeningHours(original);
    expect(reading).toMatchObject({ kind: 'ambiguous', proposal });
    expect(readOpeningHours(proposal).kind).toMatch(/^(model|library)$/);
  });

  it.each([
    ['Lu-Ve 09:00-18:00', 'Mo-Fr 09:00-18:00'],
    ['Mi-So 09:00-16:00', 'We-Su 09:00-16:00'],
    ['Pon-Sob 08:00-20:00', 'Mo-Sa 08:00-20:00'],
    ['Mai-Oct Sa 09:00-12:00', 'May-Oct Sa 09:00-12:00'],
  ])('reads the local day words of %j as the value’s other words settle them, as opening_hours.js does', (original, text) => {
    const reading = readOpeningHours(original);
    expect(reading).toMatchObject({ original, text });
    expect(reading.kind === 'model' || reading.kind === 'library').toBe(true);
    expect(reading.kind !== 'unreadable' && reading.kind !== 'comment' && reading.changes.every((change) => change.kind === 'normalised')).toBe(true);
  });

  it.each([
    ['Di-So 10:00-18:00', 'Tu-Su 10:00-18:00', 'di'],
    ['Mo-Fr 09:00-12:00; Di 14:00-18:00', 'Mo-Fr 09:00-12:00; Tu 14:00-18:00', 'di'],
  ])('rewrites %j as %j where the value’s language (German) reads %j otherwise than opening_hours.js, and says so', (original, text, word) => {
    const reading = readOpeningHours(original);
    expect(reading).toMatchObject({ original, text });
    expect(reading.kind !== 'unreadable' && reading.kind !== 'comment' && reading.changes).toContainEqual({ kind: 'day_word', part: word, day: 'Tu' });
  });

  it('keeps a remark as a comment to show as text', () => {
    expect(readOpeningHours('"sur rendez-vous"')).toMatchObject({ kind: 'comment', comment: 'sur rendez-vous' });
  });

  it('keeps what nothing reads, with the reason', () => {
    expect(readOpeningHours('fermé le lundi!!')).toMatchObject({ kind: 'unreadable', original: 'fermé le lundi!!', reason: { key: 'hours.unsupported' } });
    expect(readOpeningHours('  ')).toMatchObject({ kind: 'unreadable', reason: { key: 'hours.empty' } });
  });
});

describe('evaluateListing with the library for values outside the model', () => {
  const tenant: TenantHoursSettings = { timezone: 'Europe/Paris', staleAfterDays: 30, publicHolidaysClosed: true, holidays: holidayCalendarFor('FR') };
  const listing = (openingHours: string) => ({ openingHours, status: 'open' as const, statusUntil: null, lastConfirmedAt: '2026-06-01T00:00:00Z' });
  useLibraryAsInTheWorker();

  it('answers months in the tenant zone: open in June, closed in winter', () => {
    const hours = 'Apr-Sep Mo-Sa 10:00-19:00; Oct-Mar off';
    const june = evaluateListing(listing(hours), tenant, new Date('2026-06-03T16:30:00Z'));
    expect(june.openNow).toBe(true);
    expect(june.nextChange?.toISOString()).toBe('2026-06-03T17:00:00.000Z');
    expect(evaluateListing(listing(hours), tenant, new Date('2026-12-02T12:00:00Z')).openNow).toBe(false);
  });

  it('closes on public holidays when the tenant does and the value says nothing of them', () => {
    const hours = 'Jan-Dec Mo-Su 10:00-19:00';
    expect(evaluateListing(listing(hours), tenant, new Date('2026-07-14T12:00:00Z')).openNow).toBe(false);
    expect(evaluateListing(listing(hours), { ...tenant, publicHolidaysClosed: false }, new Date('2026-07-14T12:00:00Z')).openNow).toBe(true);
  });

  it('has nothing to say of a comment: the card shows its text', () => {
    expect(evaluateListing(listing('"sur rendez-vous"'), tenant, new Date('2026-06-03T12:00:00Z')).summary).toEqual({ kind: 'unknown' });
  });
});

describe('openingHoursIssue, with the evaluator as reader', () => {
  it('takes the model’s syntax and what only the evaluator reads as written; names the rewrite to confirm, and ambiguous parts', async () => {
    const { openingHoursIssue, setHoursReader } = await import('#schema/hours/validation.ts');
    const { readOpeningHours } = await import('#schema/hours/osm-library.ts');
    setHoursReader(readOpeningHours);
    expect(openingHoursIssue('Mo-Fr 09:00-18:00')).toBeNull();
    expect(openingHoursIssue('Mo-Sa 09:00-19:00; Aug off')).toBeNull();
    expect(openingHoursIssue('Mon-Fri 9am-6pm; Aug off')).toEqual({ key: 'hours.normalise', part: 'Mo-Fr 09:00-18:00; Aug off' });
    expect(openingHoursIssue('Mon-Sat 7AM-8PM')).toEqual({ key: 'hours.normalise', part: 'Mo-Sa 07:00-20:00' });
    expect(openingHoursIssue('Mo-Sa 9-5')?.key).toBe('hours.ambiguous');
    expect(openingHoursIssue('whenever')?.key).toBe('hours.unsupported');
  });
});
