import type { Language } from '../tenant.ts';
import { formatMinute, isoDate, toLocal, weekdayOf } from './local-time.ts';

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

export function summarise(timeZone: string, at: Date, open: boolean, nextChange: Date | null): HoursSummary {
  if (nextChange === null) return open ? { kind: 'open_always' } : { kind: 'closed' };
  const today = toLocal(timeZone, at).dayNumber;
  const next = toLocal(timeZone, nextChange);
  const days = next.dayNumber - today;
  const change = { at: nextChange.toISOString(), time: formatMinute(next.minute) };
  if (open) {
    const withinDay = nextChange.getTime() - at.getTime() < DAY_MS;
    return { kind: 'open_until', ...change, day: withinDay ? { kind: 'today' } : dayRef(days, next.dayNumber) };
  }
  if (days >= WEEK_DAYS) return { kind: 'closed_until', at: change.at, date: isoDate(next.dayNumber) };
  return { kind: 'opens', ...change, day: dayRef(days, next.dayNumber) };
}

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

function dateName(date: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

function weekdayName(weekday: number, language: Language): string {
  // 2024-01-01 was a Monday, weekday 0.
  return new Intl.DateTimeFormat(LOCALES[language], { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + weekday)));
}

const TEXT = {
  fr: {
    unknown: 'Horaires non renseignés',
    permanently_closed: 'Fermé définitivement',
    open_always: 'Ouvert 24 h/24',
    closed: 'Fermé',
    temporarily_closed: 'Fermé temporairement',
    closedUntil: (date: string) => `Fermé jusqu'au ${date}`,
    openUntil: { today: (t: string) => `Ouvert jusqu'à ${t}`, tomorrow: (t: string) => `Ouvert jusqu'à demain ${t}`, weekday: (w: string, t: string) => `Ouvert jusqu'à ${w} ${t}`, date: (d: string) => `Ouvert jusqu'au ${d}` },
    opens: { today: (t: string) => `Ouvre à ${t}`, tomorrow: (t: string) => `Ouvre demain à ${t}`, weekday: (w: string, t: string) => `Ouvre ${w} à ${t}`, date: (d: string, t: string) => `Ouvre le ${d} à ${t}` },
  },
  en: {
    unknown: 'Opening hours not given',
    permanently_closed: 'Permanently closed',
    open_always: 'Open 24/7',
    closed: 'Closed',
    temporarily_closed: 'Temporarily closed',
    closedUntil: (date: string) => `Closed until ${date}`,
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

/** "Ouvert jusqu'à 19:00" / "Open until 19:00", "Ouvre demain à 09:00", "Fermé jusqu'au 12 décembre"… */
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
