import { isoDate, toInstantMs, toLocal } from '#schema/hours/local-time.ts';

/** Day offsets from the tenant's today a resident can pick: today and the six days after. */
export const DAYS_AHEAD = 7;

export type LocalChoice = { dayOffset: number; time: string };

function minuteOf(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return minute < 1440 ? minute : null;
}

/** A day and wall-clock time on the tenant's clock, as the instant the API filters on. */
export function instantOf(choice: LocalChoice, timeZone: string, now: Date): string | null {
  const minute = minuteOf(choice.time);
  if (minute === null) return null;
  const today = toLocal(timeZone, now).dayNumber;
  return new Date(toInstantMs(timeZone, today + choice.dayOffset, minute)).toISOString();
}

/** The day and time an instant shows on the tenant's clock, to fill the form from a shared link. */
export function choiceOf(instant: string, timeZone: string, now: Date): LocalChoice {
  const local = toLocal(timeZone, new Date(instant));
  const today = toLocal(timeZone, now).dayNumber;
  const hours = String(Math.floor(local.minute / 60)).padStart(2, '0');
  const minutes = String(local.minute % 60).padStart(2, '0');
  return { dayOffset: Math.min(DAYS_AHEAD - 1, Math.max(0, local.dayNumber - today)), time: `${hours}:${minutes}` };
}

/** Noon UTC of the tenant's local day at `dayOffset`: format it with `timeZone: 'UTC'` to name that day. */
export function localDay(dayOffset: number, timeZone: string, now: Date): Date {
  return new Date(`${isoDate(toLocal(timeZone, now).dayNumber + dayOffset)}T12:00:00Z`);
}
