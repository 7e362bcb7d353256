import { describe, expect, it } from 'vitest';
import { stateOf } from './support.ts';

// Paris: 2026-03-29 02:00 CET becomes 03:00 CEST (01:00Z); 2026-10-25 03:00 CEST becomes 02:00 CET (01:00Z).
describe('evaluation across daylight saving changes', () => {
  it('a Sunday 01:00-04:00 shop is open two real hours on the spring-forward night in Paris', () => {
    expect(stateOf('Su 01:00-04:00', 'Europe/Paris', '2026-03-28T23:59:00Z')).toEqual({ open: false, nextChange: '2026-03-29T00:00:00.000Z' });
    expect(stateOf('Su 01:00-04:00', 'Europe/Paris', '2026-03-29T01:30:00Z')).toEqual({ open: true, nextChange: '2026-03-29T02:00:00.000Z' });
    expect(stateOf('Su 01:00-04:00', 'Europe/Paris', '2026-03-29T02:00:00Z').open).toBe(false);
  });

  it('the same shop is open four real hours on the fall-back night in Paris', () => {
    expect(stateOf('Su 01:00-04:00', 'Europe/Paris', '2026-10-24T22:59:00Z')).toEqual({ open: false, nextChange: '2026-10-24T23:00:00.000Z' });
    // 02:30Z is 03:30 CET, after the repeated hour: still open.
    expect(stateOf('Su 01:00-04:00', 'Europe/Paris', '2026-10-25T02:30:00Z')).toEqual({ open: true, nextChange: '2026-10-25T03:00:00.000Z' });
  });

  it('a time skipped by the spring-forward gap moves forward by the gap, as JavaScript dates do', () => {
    // 02:30 does not exist on 2026-03-29 in Paris: the opening happens at 03:30 CEST (01:30Z).
    expect(stateOf('Su 02:30-05:00', 'Europe/Paris', '2026-03-29T00:30:00Z')).toEqual({ open: false, nextChange: '2026-03-29T01:30:00.000Z' });
  });

  it('keeps the after-midnight part of a range starting on the DST day (OSM opening_hours drops it)', () => {
    // Sunday 05:45 CEST to Monday 00:15 CEST: 2026-03-29T03:45Z to 2026-03-29T22:15Z.
    expect(stateOf('Su 05:45-00:15', 'Europe/Paris', '2026-03-29T22:05:00Z')).toEqual({ open: true, nextChange: '2026-03-29T22:15:00.000Z' });
    expect(stateOf('Su 05:45-00:15', 'Europe/Paris', '2026-10-25T23:05:00Z')).toEqual({ open: true, nextChange: '2026-10-25T23:15:00.000Z' });
  });

  it('a range inside the repeated hour of a fall-back is open in its first occurrence only', () => {
    // Miquelon, 2026-11-01: 02:00 (-02) becomes 01:00 (-03); 01:05 happens at 03:05Z and at 04:05Z.
    expect(stateOf('01:00-01:15', 'America/Miquelon', '2026-11-01T03:05:00Z')).toEqual({ open: true, nextChange: '2026-11-01T03:15:00.000Z' });
    expect(stateOf('01:00-01:15', 'America/Miquelon', '2026-11-01T04:05:00Z').open).toBe(false);
  });

  it('a week of hours keeps its wall-clock times on both sides of the change', () => {
    // Friday 2026-03-27 09:00 CET is 08:00Z; Monday 2026-03-30 09:00 CEST is 07:00Z.
    expect(stateOf('Mo-Fr 09:00-18:00', 'Europe/Paris', '2026-03-27T07:59:00Z').nextChange).toBe('2026-03-27T08:00:00.000Z');
    expect(stateOf('Mo-Fr 09:00-18:00', 'Europe/Paris', '2026-03-27T17:00:00Z').nextChange).toBe('2026-03-30T07:00:00.000Z');
  });

  it('follows Saint-Pierre-et-Miquelon, which changes on North American dates', () => {
    // 2026-03-08 02:00 (-03) becomes 03:00 (-02): 01:00 local is 04:00Z, 04:00 local is 06:00Z.
    expect(stateOf('Su 01:00-04:00', 'America/Miquelon', '2026-03-08T04:30:00Z')).toEqual({ open: true, nextChange: '2026-03-08T06:00:00.000Z' });
  });

  it('evaluates Nouméa (UTC+11), Cayenne (UTC-3) and La Réunion (UTC+4), which keep one offset', () => {
    // Tuesday 2026-01-06 08:00 in Nouméa is Monday 21:00Z.
    expect(stateOf('Mo-Fr 08:00-17:00', 'Pacific/Noumea', '2026-01-05T21:00:00Z')).toEqual({ open: true, nextChange: '2026-01-06T06:00:00.000Z' });
    expect(stateOf('Mo-Fr 08:00-17:00', 'Pacific/Noumea', '2026-07-06T06:00:00Z')).toEqual({ open: false, nextChange: '2026-07-06T21:00:00.000Z' });
    expect(stateOf('Mo-Fr 08:00-17:00', 'America/Cayenne', '2026-07-06T10:59:00Z')).toEqual({ open: false, nextChange: '2026-07-06T11:00:00.000Z' });
    expect(stateOf('Mo-Fr 08:00-17:00', 'Indian/Reunion', '2026-07-06T04:00:00Z')).toEqual({ open: true, nextChange: '2026-07-06T13:00:00.000Z' });
  });

  it('a Friday-night range in Nouméa runs into Saturday morning local time', () => {
    // Friday 2026-01-09 18:00 in Nouméa is 07:00Z; Saturday 02:00 is 15:00Z.
    expect(stateOf('Fr 18:00-02:00', 'Pacific/Noumea', '2026-01-09T14:00:00Z')).toEqual({ open: true, nextChange: '2026-01-09T15:00:00.000Z' });
  });
});
