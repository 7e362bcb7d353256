import type { Language } from '../tenant.ts';
import { formatMinute, isoDate, toLocal, weekdayOf } from './local-time.ts';
import { INTL_LOCALES } from '../intl-locale.ts';

/** Which day an instant falls on, seen from the evaluation's local today. */
export type DayRef = { kind: 'today' } | { kind: 'tomorrow' } | { kind: 'weekday'; weekday: number } | { kind: 'date'; date: string };

/**
 * What a card says about today, as data: the web translates it (formatSummary is the fr/en
 * default). `at` is the ISO instant of the change, `time` its local HH:MM. For `open_until`,
 * `today` covers the next 24 hours, so that a bar open past midnight reads "Open until 02:00".
 */
export type HoursSummary =
  | { kind: 'unknown' }
  | { kind: 'permanently_closed' }
  | { kind: 'open_always' }
  | { kind: 'open_until'; at: string; time: string; day: DayRef }
  | { kind: 'opens'; at: string; time: string; day: DayRef }
  | { kind: 'closed_until'; at: string | null; date: string | null }
  | { kind: 'closed' };

const DAY_MS = 86_400_000;
/** Past a week ahead a weekday name is ambiguous: the summary gives the date instead. */
const WEEK_DAYS = 7;

function dayRef(days: number, dayNumber: number): DayRef {
  if (days <= 0) return { kind: 'today' };
  if (days === 1) return { kind: 'tomorrow' };
  if (days < WEEK_DAYS) return { kind: 'weekday', weekday: weekdayOf(dayNumber) };
  return { kind: 'date', date: isoDate(dayNumber) };
}

/** A coming change of state, as the words need it: its instant, its local time, and which day that is. */
export type HoursChange = { at: string; time: string; day: DayRef };

/**
 * Describes `change` seen from `at`. Open, "today" covers the next 24 hours (a bar open past
 * midnight reads "until 02:00"); past a week a weekday name would be ambiguous, so the date is given.
 */
export function describeChange(timeZone: string, at: Date, change: Date, open: boolean): HoursChange {
  const today = toLocal(timeZone, at).dayNumber;
  const next = toLocal(timeZone, change);
  const withinDay = change.getTime() - at.getTime() < DAY_MS;
  return { at: change.toISOString(), time: formatMinute(next.minute), day: open && withinDay ? { kind: 'today' } : dayRef(next.dayNumber - today, next.dayNumber) };
}

export function summarise(timeZone: string, at: Date, open: boolean, nextChange: Date | null): HoursSummary {
  if (nextChange === null) return open ? { kind: 'open_always' } : { kind: 'closed' };
  const change = describeChange(timeZone, at, nextChange, open);
  if (open) return { kind: 'open_until', ...change };
  if (change.day.kind === 'date') return { kind: 'closed_until', at: change.at, date: change.day.date };
  return { kind: 'opens', ...change };
}

export function dateName(date: string, language: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[language], { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function weekdayName(weekday: number, language: Language): string {
  // 2024-01-01 was a Monday, weekday 0.
  return new Intl.DateTimeFormat(INTL_LOCALES[language], { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + weekday)));
}

const TEXT = {
  fr: {
    unknown: 'Horaires non renseignés',
    permanently_closed: 'Fermé définitivement',
    open_always: 'Ouvert 24 h/24',
    closed: 'Fermé',
    temporarily_closed: 'Fermé temporairement',
    // The date is the reopening day, everywhere: "closed until" would read as its eve.
    closedUntil: (date: string) => `Rouvre le ${date}`,
    openUntil: { today: (t: string) => `Ouvert jusqu'à ${t}`, tomorrow: (t: string) => `Ouvert jusqu'à demain ${t}`, weekday: (w: string, t: string) => `Ouvert jusqu'à ${w} ${t}`, date: (d: string) => `Ouvert jusqu'au ${d}` },
    opens: { today: (t: string) => `Ouvre à ${t}`, tomorrow: (t: string) => `Ouvre demain à ${t}`, weekday: (w: string, t: string) => `Ouvre ${w} à ${t}`, date: (d: string, t: string) => `Ouvre le ${d} à ${t}` },
  },
  en: {
    unknown: 'Opening hours not given',
    permanently_closed: 'Permanently closed',
    open_always: 'Open 24/7',
    closed: 'Closed',
    temporarily_closed: 'Temporarily closed',
    closedUntil: (date: string) => `Reopens on ${date}`,
    openUntil: { today: (t: string) => `Open until ${t}`, tomorrow: (t: string) => `Open until tomorrow ${t}`, weekday: (w: string, t: string) => `Open until ${w} ${t}`, date: (d: string) => `Open until ${d}` },
    opens: { today: (t: string) => `Opens at ${t}`, tomorrow: (t: string) => `Opens tomorrow at ${t}`, weekday: (w: string, t: string) => `Opens ${w} at ${t}`, date: (d: string, t: string) => `Opens on ${d} at ${t}` },
  },
} as const;

function formatChange(phrases: (typeof TEXT)[Language]['opens'] | (typeof TEXT)[Language]['openUntil'], day: DayRef, time: string, language: Language): string {
  switch (day.kind) {
    case 'today':
      return phrases.today(time);
    case 'tomorrow':
      return phrases.tomorrow(time);
    case 'weekday':
      return phrases.weekday(weekdayName(day.weekday, language), time);
    case 'date':
      return phrases.date(dateName(day.date, language), time);
  }
}

/** "Ouvert jusqu'à 19:00" / "Open until 19:00", "Ouvre demain à 09:00", "Rouvre le 12 décembre"… */
export function formatSummary(summary: HoursSummary, language: Language): string {
  const text = TEXT[language];
  switch (summary.kind) {
    case 'open_until':
      return formatChange(text.openUntil, summary.day, summary.time, language);
    case 'opens':
      return formatChange(text.opens, summary.day, summary.time, language);
    case 'closed_until':
      return summary.date === null ? text.temporarily_closed : text.closedUntil(dateName(summary.date, language));
    default:
      return text[summary.kind];
  }
}
