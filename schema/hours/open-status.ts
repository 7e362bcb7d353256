import type { Service } from '../categories.ts';
import type { Language } from '../tenant.ts';
import type { ListingStatus } from '../status.ts';
import { parseIsoDate, toLocal } from './local-time.ts';
import { dateName, describeChange, weekdayName, type DayRef, type HoursChange } from './summary.ts';

/** How long before closing a place reads "closes soon", unless the tenant sets its own. */
export const DEFAULT_CLOSES_SOON_MINUTES = 30;

/**
 * What is known about a listing at one instant: its declared situation and what its hours say
 * then (from evaluateListing in the browser, or the API's `open_now` / `next_change` / `stale`).
 * No parser here: the map page turns these facts into words before the hours model has loaded.
 */
export type StatusFacts = {
  status: ListingStatus;
  /** `temporarily_closed`: the local day it reopens (YYYY-MM-DD), or null when not given. */
  statusUntil: string | null;
  hasHours: boolean;
  openNow: boolean;
  nextChange: Date | null;
  stale: boolean;
  /** The services a business open for its services only offers (a feature saved offline before they were sent has none). */
  services?: readonly Service[];
};

export type StatusSettings = { timeZone: string; closesSoonMinutes: number };

/** What the hours say, for a business that declares itself open or open with services only. */
type HoursStatus =
  | { kind: 'open'; until: HoursChange | null }
  | { kind: 'closes_soon'; until: HoursChange }
  | { kind: 'closed'; opens: HoursChange | null }
  | { kind: 'services_only'; services: readonly Service[]; running: boolean; change: HoursChange | null }
  | { kind: 'no_hours' };

/**
 * The one answer every screen gives for a listing at the instant looked at. The declared
 * situation wins over the hours (closed for good, closed until its reopening day); otherwise the
 * hours decide; stale information keeps what the hours say but reads "to be confirmed".
 */
export type OpenStatus =
  | HoursStatus
  | { kind: 'temporarily_closed'; reopens: string | null }
  | { kind: 'permanently_closed' }
  | { kind: 'unconfirmed'; hours: HoursStatus };

export type OpenStatusKind = OpenStatus['kind'];

/**
 * What a marker's colour, shape and symbol say. `services` is a place open for its services only;
 * `paused` a temporary closure; `gone` a closure for good; `unsure` stale or without hours.
 */
export type StatusTone = 'open' | 'closing' | 'services' | 'closed' | 'paused' | 'gone' | 'unsure';
export const STATUS_TONES: readonly StatusTone[] = ['open', 'closing', 'services', 'closed', 'paused', 'gone', 'unsure'];

const MINUTE_MS = 60_000;

function hoursStatus(facts: StatusFacts, at: Date, settings: StatusSettings): HoursStatus {
  if (!facts.hasHours) return { kind: 'no_hours' };
  const change = facts.nextChange === null ? null : describeChange(settings.timeZone, at, facts.nextChange, facts.openNow);
  if (facts.status === 'adapted') return { kind: 'services_only', services: facts.services ?? [], running: facts.openNow, change };
  if (!facts.openNow) return { kind: 'closed', opens: change };
  const closesSoon = facts.nextChange !== null && change !== null && facts.nextChange.getTime() - at.getTime() <= settings.closesSoonMinutes * MINUTE_MS;
  return closesSoon && change ? { kind: 'closes_soon', until: change } : { kind: 'open', until: change };
}

/** Before its reopening day (local to the tenant), a temporarily closed business stays closed whatever its hours. */
function closedUntilReopening(facts: StatusFacts, at: Date, timeZone: string): boolean {
  if (facts.status !== 'temporarily_closed') return false;
  const reopens = facts.statusUntil === null ? null : parseIsoDate(facts.statusUntil);
  return reopens === null || toLocal(timeZone, at).dayNumber < reopens;
}

export function openStatusAt(facts: StatusFacts, at: Date, settings: StatusSettings): OpenStatus {
  if (facts.status === 'permanently_closed') return { kind: 'permanently_closed' };
  if (closedUntilReopening(facts, at, settings.timeZone)) return { kind: 'temporarily_closed', reopens: facts.statusUntil };
  const hours = hoursStatus(facts, at, settings);
  return facts.stale ? { kind: 'unconfirmed', hours } : hours;
}

export function statusTone(status: OpenStatus): StatusTone {
  switch (status.kind) {
    case 'open':
      return 'open';
    case 'closes_soon':
      return 'closing';
    case 'services_only':
      return status.running ? 'services' : 'closed';
    case 'closed':
      return 'closed';
    case 'temporarily_closed':
      return 'paused';
    case 'permanently_closed':
      return 'gone';
    case 'unconfirmed':
    case 'no_hours':
      return 'unsure';
  }
}

/** Open for residents at that instant, services included: what markers and cluster rings count as open. */
export function isOpen(status: OpenStatus): boolean {
  const tone = statusTone(status);
  return tone === 'open' || tone === 'closing' || tone === 'services';
}

/**
 * Kept by the "open now" and "open at" filters and put first by "open now first": open at that
 * instant by its hours, to be confirmed or not, as the API's `open` filter keeps it (its
 * `open_now`); the words still say "À confirmer" where they must.
 */
export function meetsOpenFilter(status: OpenStatus): boolean {
  return isOpen(status.kind === 'unconfirmed' ? status.hours : status);
}

/** Where a cluster ring counts a listing: open now, closed now, or not known for sure. */
export type OpenShare = 'open' | 'closed' | 'unsure';
export function openShare(status: OpenStatus): OpenShare {
  if (isOpen(status)) return 'open';
  return statusTone(status) === 'unsure' ? 'unsure' : 'closed';
}

type Phrase = { today: (time: string) => string; tomorrow: (time: string) => string; weekday: (day: string, time: string) => string; date: (date: string, time: string) => string };

const TEXT = {
  fr: {
    open: 'Ouvert',
    openAlways: 'Ouvert 24 h/24',
    closesSoon: 'Ferme bientôt',
    closed: 'Fermé',
    servicesOnly: 'Services seulement',
    servicesRunning: 'en cours',
    servicesPaused: 'pas en ce moment',
    service: { delivery: 'livraison', click_collect: 'retrait (click & collect)', takeaway: 'à emporter', drive: 'drive', appointment: 'sur rendez-vous' } satisfies Record<Service, string>,
    namedServices: (names: string) => `Services seulement : ${names}`,
    temporarilyClosed: 'Fermé temporairement',
    reopens: (date: string) => `rouvre le ${date}`,
    permanentlyClosed: 'Fermé définitivement',
    unconfirmed: 'À confirmer',
    noHours: 'Horaires non renseignés',
    until: { today: (t) => `jusqu'à ${t}`, tomorrow: (t) => `jusqu'à demain ${t}`, weekday: (w, t) => `jusqu'à ${w} ${t}`, date: (d, t) => `jusqu'au ${d} ${t}` } satisfies Phrase,
    at: { today: (t) => `à ${t}`, tomorrow: (t) => `demain à ${t}`, weekday: (w, t) => `${w} à ${t}`, date: (d, t) => `le ${d} à ${t}` } satisfies Phrase,
    opens: { today: (t) => `ouvre à ${t}`, tomorrow: (t) => `ouvre demain à ${t}`, weekday: (w, t) => `ouvre ${w} à ${t}`, date: (d, t) => `ouvre le ${d} à ${t}` } satisfies Phrase,
    resume: { today: (t) => `reprennent à ${t}`, tomorrow: (t) => `reprennent demain à ${t}`, weekday: (w, t) => `reprennent ${w} à ${t}`, date: (d, t) => `reprennent le ${d} à ${t}` } satisfies Phrase,
  },
  en: {
    open: 'Open',
    openAlways: 'Open 24/7',
    closesSoon: 'Closes soon',
    closed: 'Closed',
    servicesOnly: 'Services only',
    servicesRunning: 'running now',
    servicesPaused: 'not running now',
    service: { delivery: 'delivery', click_collect: 'click & collect', takeaway: 'takeaway', drive: 'drive', appointment: 'by appointment' } satisfies Record<Service, string>,
    namedServices: (names: string) => `Services only: ${names}`,
    temporarilyClosed: 'Temporarily closed',
    reopens: (date: string) => `reopens on ${date}`,
    permanentlyClosed: 'Permanently closed',
    unconfirmed: 'To be confirmed',
    noHours: 'Opening hours not given',
    until: { today: (t) => `until ${t}`, tomorrow: (t) => `until tomorrow ${t}`, weekday: (w, t) => `until ${w} ${t}`, date: (d, t) => `until ${d} ${t}` } satisfies Phrase,
    at: { today: (t) => `at ${t}`, tomorrow: (t) => `tomorrow at ${t}`, weekday: (w, t) => `${w} at ${t}`, date: (d, t) => `on ${d} at ${t}` } satisfies Phrase,
    opens: { today: (t) => `opens at ${t}`, tomorrow: (t) => `opens tomorrow at ${t}`, weekday: (w, t) => `opens ${w} at ${t}`, date: (d, t) => `opens on ${d} at ${t}` } satisfies Phrase,
    resume: { today: (t) => `resume at ${t}`, tomorrow: (t) => `resume tomorrow at ${t}`, weekday: (w, t) => `resume ${w} at ${t}`, date: (d, t) => `resume on ${d} at ${t}` } satisfies Phrase,
  },
} as const;

function changeText(phrase: Phrase, change: HoursChange, language: Language): string {
  const day: DayRef = change.day;
  switch (day.kind) {
    case 'today':
      return phrase.today(change.time);
    case 'tomorrow':
      return phrase.tomorrow(change.time);
    case 'weekday':
      return phrase.weekday(weekdayName(day.weekday, language), change.time);
    case 'date':
      return phrase.date(dateName(day.date, language), change.time);
  }
}

const joined = (...parts: Array<string | null>) => parts.filter((part): part is string => part !== null).join(' · ');

/** The words: "Ouvert · jusqu'à 19:00", "Ferme bientôt · à 19:00", "Fermé · ouvre demain à 07:30", "Fermé temporairement · rouvre le 16 décembre"… */
export function formatOpenStatus(status: OpenStatus, language: Language): string {
  const text = TEXT[language];
  switch (status.kind) {
    case 'open':
      return status.until === null ? text.openAlways : joined(text.open, changeText(text.until, status.until, language));
    case 'closes_soon':
      return joined(text.closesSoon, changeText(text.at, status.until, language));
    case 'closed':
      return joined(text.closed, status.opens === null ? null : changeText(text.opens, status.opens, language));
    case 'services_only': {
      // Which services, and whether they run at that instant: "Services seulement : livraison · en cours · jusqu'à 19:00".
      const head = status.services.length === 0 ? text.servicesOnly : text.namedServices(status.services.map((service) => text.service[service]).join(', '));
      if (status.running) return joined(head, text.servicesRunning, status.change === null ? null : changeText(text.until, status.change, language));
      return joined(head, text.servicesPaused, status.change === null ? null : changeText(text.resume, status.change, language));
    }
    case 'temporarily_closed':
      return joined(text.temporarilyClosed, status.reopens === null ? null : text.reopens(dateName(status.reopens, language)));
    case 'permanently_closed':
      return text.permanentlyClosed;
    case 'no_hours':
      return text.noHours;
    case 'unconfirmed':
      return joined(text.unconfirmed, formatOpenStatus(status.hours, language));
  }
}

/** The short word of a tone, for the map legend. */
export const TONE_WORDS: Record<Language, Record<StatusTone, string>> = {
  fr: { open: 'Ouvert', closing: 'Ferme bientôt', services: 'Services seulement', closed: 'Fermé', paused: 'Fermé temporairement', gone: 'Fermé définitivement', unsure: 'À confirmer ou horaires inconnus' },
  en: { open: 'Open', closing: 'Closes soon', services: 'Services only', closed: 'Closed', paused: 'Temporarily closed', gone: 'Permanently closed', unsure: 'To be confirmed or hours unknown' },
};
