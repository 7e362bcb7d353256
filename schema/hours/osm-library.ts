import OpeningHours, { type opening_hours_warning, type optional_conf } from 'opening_hours';
import type { CompiledSchedule, HoursContext, HoursState } from './evaluate.ts';
import { dayInContext, ENGLISH_DAYS, englishDayCodesIn, type EnglishDay } from './day-words.ts';
import { dayNumberOf, localDateOf, toInstantMs, toLocal } from './local-time.ts';
import type { HoursMessageKey } from './messages.ts';
import { parseOpeningHours } from './osm-parse.ts';
import { libraryTextWithHolidayPolicy } from './public-holidays.ts';

/**
 * OpenStreetMap's own evaluator (opening_hours.js), for what the compiled model does not cover:
 * it reads and normalises what mappers actually write, and evaluates the schedules outside the
 * model (months, week numbers, `Su[1]`, sunrise, `||`…). It is heavy (holiday and word tables of
 * many countries), so neither the index nor the first page imports it: the Worker does, and the
 * browser loads it on demand (see docs/decisions/009-osm-hours-fallback.md).
 */

/** Holidays as in France, the product's country; each tenant's own calendar only drives the compiled model. */
export const FRANCE = { lat: 48.85, lon: 2.35, address: { country_code: 'fr', state: 'Île-de-France' } };
/** Time ranges only (mode 0), as the `opening_hours` key means; warnings at their default level. */
export const LIBRARY_OPTIONS: optional_conf = { mode: 0, tag_key: 'opening_hours', map_value: false, warnings_severity: 4, locale: 'en' };

/**
 * `day_word`: a local day word the value's own language settles (`Di` in `Di-So`, German:
 * Tuesday) where opening_hours.js reads it in another language (Sunday); the rule is rewritten
 * with the English day before the library reads it, and shown for confirmation like any change.
 */
export type HoursChange = { kind: 'normalised'; part: string } | { kind: 'ambiguous'; part: string } | { kind: 'day_word'; part: string; day: string };

/**
 * How an `opening_hours` value can be used, from the most to the least understood:
 * - `model`: the compiled model reads it (after normalisation when `text` differs from `original`);
 * - `library`: only opening_hours.js reads it, and evaluates it;
 * - `comment`: a remark with no hours in it (`"sur rendez-vous"`), shown as text;
 * - `ambiguous`: it could be read more than one way (`9-5`, `Di-Sa`), so it is not guessed:
 *   `proposal` is how opening_hours.js reads it (`09:00-05:00`), written so that it reads one
 *   way only, for a person to take or leave; null when that reading is itself unusable;
 * - `unreadable`: nothing reads it.
 * `ambiguous` and `unreadable` values are kept verbatim and shown as text, never dropped.
 */
export type HoursReading =
  | { kind: 'model' | 'library'; original: string; text: string; changes: HoursChange[] }
  | { kind: 'comment'; original: string; text: string; comment: string }
  | { kind: 'ambiguous'; original: string; text: string; changes: HoursChange[]; proposal: string | null }
  | { kind: 'unreadable'; original: string; reason: { key: HoursMessageKey; part: string } };

/** Week-day words that name one day in English: any other word for a day is a local one. */
const ENGLISH_DAY_WORDS = new Set(
  'mo mon monday tu tue tues tuesday we wed weds wednesday th thu thur thurs thursday fr fri friday sa sat saturday su sun sunday'.split(' '),
);
const LONG_LOCAL_DAY_WORD = 5;
const LOOKAHEAD_MS = 400 * 86_400_000;

function library(text: string): OpeningHours | null {
  try {
    return new OpeningHours(text, FRANCE, LIBRARY_OPTIONS);
  } catch {
    return null;
  }
}

/** A word the library read as a day, and the English day it took it for. */
type DayCorrection = { word: string; day: string };

function dayCorrectionOf(warning: opening_hours_warning): DayCorrection | null {
  const found = /English abbreviation "(\w+)" for "([^"]+)"/.exec(warning.message);
  return found && (ENGLISH_DAYS as readonly string[]).includes(found[1]!) ? { word: found[2]!.toLowerCase(), day: found[1]! } : null;
}

/**
 * A correction is ambiguous when the library says a one-digit hour may be morning or evening
 * (`9-5`), when it calls a word ambiguous, or when it turns a short local day word in Latin
 * letters into an English one that the value's other day words do not settle: `Di` is Sunday in
 * French and Tuesday in German, and only `Mo-Fr …; Di off` says which (day-words.ts). A day word
 * the library reads otherwise than the value's language does stays ambiguous. Long names
 * (`lundi`) and other scripts (`Пн`) are not confusable, so they are normalised like any other
 * correction, unless the library itself says they can mean another day.
 */
function changeOf(warning: opening_hours_warning, dayWords: readonly string[]): HoursChange | null {
  const before = warning.position === null ? warning.value : warning.value.slice(0, warning.position).trim();
  const part = /[^\s;]+$/.exec(before)?.[0] ?? before;
  if (warning.type === 'ambiguous_word' || /could mean/i.test(warning.message)) return { kind: 'ambiguous', part };
  const alsoMeans = /can also mean/i.test(warning.message);
  const correction = dayCorrectionOf(warning);
  if (!correction) return alsoMeans ? { kind: 'ambiguous', part } : { kind: 'normalised', part };
  const { word, day } = correction;
  if (ENGLISH_DAY_WORDS.has(word)) return { kind: 'normalised', part };
  const confusable = /^[a-z]+$/.test(word) && (alsoMeans || word.length < LONG_LOCAL_DAY_WORD);
  if (!confusable || dayInContext(word, dayWords) === day) return { kind: 'normalised', part };
  return { kind: 'ambiguous', part: word };
}

/**
 * Asks about one week, every three hours: whether the value says nothing but "unknown" (a comment),
 * or makes the library fail (school holidays of a year it has no data for, for one).
 */
function probe(hours: OpeningHours, from: Date): 'hours' | 'comment' | 'fails' {
  let onlyUnknown = true;
  try {
    for (let hour = 0; hour < 7 * 24; hour += 3) {
      const at = new Date(from.getTime() + hour * 3_600_000);
      if (hours.getState(at) || !hours.getUnknown(at)) onlyUnknown = false;
    }
    hours.getNextChange(from, new Date(from.getTime() + LOOKAHEAD_MS));
  } catch {
    return 'fails';
  }
  return onlyUnknown ? 'comment' : 'hours';
}

/** Reads a value as it was written in OSM or typed by a shopkeeper, and says how it can be used. */
export function readOpeningHours(original: string): HoursReading {
  const trimmed = original.trim();
  if (trimmed === '') return { kind: 'unreadable', original, reason: { key: 'hours.empty', part: '' } };
  if (parseOpeningHours(trimmed).ok) return { kind: 'model', original, text: trimmed, changes: [] };
  const hours = library(trimmed);
  if (hours === null) {
    const parsed = parseOpeningHours(trimmed);
    return { kind: 'unreadable', original, reason: parsed.ok ? { key: 'hours.unsupported', part: trimmed } : parsed.error };
  }
  try {
    return readWithLibrary(hours, original, trimmed);
  } catch {
    // The library evaluates school holidays when it prettifies, and has no data past a few years.
    return { kind: 'unreadable', original, reason: { key: 'hours.unsupported', part: trimmed } };
  }
}

/** Where a day word sits in the value: the library's warning points just after it. */
type DayRewrite = { start: number; end: number; word: string; day: EnglishDay; library: string };

/**
 * The value's confusable day words as its own language reads them, when that settles every one
 * of them and the library reads at least one otherwise; null when there is nothing to rewrite.
 */
function dayRewrites(warnings: readonly opening_hours_warning[], dayWords: readonly string[], trimmed: string): DayRewrite[] | null {
  const rewrites = new Map<number, DayRewrite>();
  for (const warning of warnings) {
    const correction = dayCorrectionOf(warning);
    if (!correction || warning.position === null || ENGLISH_DAY_WORDS.has(correction.word) || warning.value !== trimmed) continue;
    const start = warning.position - correction.word.length;
    if (start < 0 || trimmed.slice(start, warning.position).toLowerCase() !== correction.word) return null;
    const day = dayInContext(correction.word, dayWords);
    if (day === null) return null;
    rewrites.set(start, { start, end: warning.position, word: correction.word, day, library: correction.day });
  }
  const all = [...rewrites.values()];
  return all.some((rewrite) => rewrite.day !== rewrite.library) ? all : null;
}

/**
 * The library's own reading of an ambiguous value, once it reads one way: its normalised text
 * (`9-5` → `09:00-05:00`, two-digit hours; `Lu-Su` → `Mo-Su`) read again. Null when the
 * normalisation changes nothing or is still ambiguous or unusable.
 */
function proposalOf(text: string, trimmed: string): string | null {
  if (text === trimmed) return null;
  const again = readOpeningHours(text);
  return again.kind === 'model' || again.kind === 'library' ? again.text : null;
}

function readWithLibrary(hours: OpeningHours, original: string, trimmed: string, rewritten = false): HoursReading {
  // A normalisation the library cannot read back (`Open: 5am-8pm` gives `05:00-20:00 open:`) is no normalisation.
  const prettified = hours.prettifyValue();
  const text = prettified === trimmed || library(prettified) !== null ? prettified : trimmed;
  const warnings = hours.getStructuredWarnings();
  const dayWords = [...warnings.flatMap((warning) => dayCorrectionOf(warning)?.word ?? []), ...englishDayCodesIn(trimmed)];
  const changes = warnings.map((warning) => changeOf(warning, dayWords)).filter((change): change is HoursChange => change !== null);
  const rewrites = rewritten ? null : dayRewrites(warnings, dayWords, trimmed);
  if (rewrites) {
    const inEnglish = rewrites.sort((a, b) => b.start - a.start).reduce((text, { start, end, day }) => text.slice(0, start) + day + text.slice(end), trimmed);
    const again = library(inEnglish);
    const reading = again === null ? null : readWithLibrary(again, original, inEnglish, true);
    if (reading && (reading.kind === 'model' || reading.kind === 'library')) {
      return { ...reading, changes: [...rewrites.map(({ word, day }): HoursChange => ({ kind: 'day_word', part: word, day })), ...reading.changes] };
    }
  }
  if (changes.some((change) => change.kind === 'ambiguous')) return { kind: 'ambiguous', original, text, changes, proposal: proposalOf(text, trimmed) };
  const now = new Date();
  const probed = probe(hours, now);
  if (probed === 'fails') return { kind: 'unreadable', original, reason: { key: 'hours.unsupported', part: trimmed } };
  if (probed === 'comment') return { kind: 'comment', original, text, comment: hours.getComment(now) ?? text.replace(/^"|"$/g, '') };
  const normalisedChanges = text === trimmed ? [] : changes.length > 0 ? changes : [{ kind: 'normalised' as const, part: trimmed }];
  return { kind: parseOpeningHours(text).ok ? 'model' : 'library', original, text, changes: normalisedChanges };
}

/**
 * The library reads and answers in the runtime's own zone, through Date's local fields. A date
 * whose local fields show the tenant's wall clock bridges the two: exact where the runtime has
 * no DST (the Worker runs in UTC), off by the gap around the tenant's own DST changes.
 */
function wallClockDate(timeZone: string, atMs: number): Date {
  const { dayNumber, minute } = toLocal(timeZone, new Date(atMs));
  const { year, month, day } = localDateOf(dayNumber);
  return new Date(year, month - 1, day, Math.floor(minute / 60), minute % 60, new Date(atMs).getUTCSeconds());
}

function instantOf(timeZone: string, wallClock: Date): number {
  const dayNumber = dayNumberOf(wallClock.getFullYear(), wallClock.getMonth() + 1, wallClock.getDate());
  return toInstantMs(timeZone, dayNumber, wallClock.getHours() * 60 + wallClock.getMinutes());
}

/** A value that fails past the year it was checked in (the library's data ends) answers closed, with no change. */
function libraryState(hours: OpeningHours, context: HoursContext, atMs: number): HoursState {
  const at = wallClockDate(context.timeZone, atMs);
  try {
    const next = hours.getNextChange(at, new Date(at.getTime() + LOOKAHEAD_MS));
    return { open: hours.getState(at), nextChange: next === undefined ? null : instantOf(context.timeZone, next) };
  } catch {
    return { open: false, nextChange: null };
  }
}

/**
 * A schedule the compiled model cannot read, evaluated by the library, with a tenant's "closed on
 * public holidays" policy written in (libraryTextWithHolidayPolicy). Comment-only values
 * evaluate to nothing: their card shows the text.
 */
export function compileWithLibrary(text: string, publicHolidaysClosed: boolean): CompiledSchedule | null {
  const reading = readOpeningHours(text);
  if (reading.kind !== 'library' && reading.kind !== 'model') return null;
  const hours = library(libraryTextWithHolidayPolicy(reading.text, publicHolidaysClosed));
  if (hours === null) return null;
  return { rules: [], periodic: false, days: { context: null, intervals: new Map() }, last: null, external: (context, atMs) => libraryState(hours, context, atMs) };
}
