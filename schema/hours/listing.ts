import type { Service } from '../categories.ts';
import type { PublicListing } from '../listing.ts';
import type { ListingStatus } from '../status.ts';
import { compileSchedule, evaluateAt, type CompiledSchedule, type HoursContext, type HoursState } from './evaluate.ts';
import type { HolidayCalendar } from './holidays.ts';
import { parseIsoDate, toInstantMs } from './local-time.ts';
import { DEFAULT_CLOSES_SOON_MINUTES, openStatusAt, type OpenStatus } from './open-status.ts';
import { parseOpeningHours } from './osm-parse.ts';
import { closesOnPublicHolidays, libraryTextWithHolidayPolicy } from './public-holidays.ts';
import { toOpeningHours, withHolidayPolicy } from './osm-serialize.ts';
import { summarise, type HoursSummary } from './summary.ts';

export const DEFAULT_STALE_AFTER_DAYS = 30;

export type ListingHoursInput = {
  openingHours: string;
  status: ListingStatus;
  /** `temporarily_closed`: the local date (YYYY-MM-DD) the business reopens; null when unknown. */
  statusUntil: string | null;
  lastConfirmedAt: string;
  /** The business keeps its usual hours on public holidays, whatever the tenant's policy (public-holidays.ts). */
  holidaysAsUsual?: boolean;
  /** A crisis campaign waits for this business's answer: "to be confirmed", however fresh its information. */
  unconfirmed?: boolean;
  /** What a business open for its services only offers, named in its status. */
  services?: readonly Service[];
};

/** What the hours model reads of a published listing, the same for the card in the browser and the Worker's pages. */
export function hoursInputOf(listing: PublicListing): ListingHoursInput {
  return {
    openingHours: listing.openingHours,
    status: listing.status,
    statusUntil: listing.statusUntil,
    lastConfirmedAt: listing.lastConfirmedAt,
    holidaysAsUsual: listing.holidaysAsUsual,
    unconfirmed: listing.stale,
    services: listing.services,
  };
}

export type TenantHoursSettings = {
  timezone: string;
  staleAfterDays: number;
  publicHolidaysClosed: boolean;
  holidays: HolidayCalendar;
  /** Minutes before closing when an open place reads "closes soon" (DEFAULT_CLOSES_SOON_MINUTES when not given). */
  closesSoonMinutes?: number;
};

export type ListingEvaluation = {
  openNow: boolean;
  nextChange: Date | null;
  /** Last confirmed longer ago than the tenant allows: show "to be confirmed". */
  stale: boolean;
  summary: HoursSummary;
};

/**
 * Many listings share the same text (a bakery's usual hours), so parsed schedules are kept by
 * text, one table per holiday policy. Insertion order makes the oldest entry the first to go.
 */
const SCHEDULE_CACHE_LIMIT = 2000;
const scheduleCaches = [new Map<string, CompiledSchedule | null>(), new Map<string, CompiledSchedule | null>()] as const;

/** The published text of each stored one (effectiveOpeningHours), under a closed-on-holidays policy. */
const effectiveTexts = new Map<string, string>();

export type FallbackCompiler = (openingHours: string, publicHolidaysClosed: boolean) => CompiledSchedule | null;
let fallbackCompiler: FallbackCompiler | null = null;

/**
 * Schedules the compiled model cannot read go to this compiler (OpenStreetMap's evaluator): the
 * Worker sets it at start, the browser once it has loaded it. What was cached without it is read again.
 */
export function setFallbackCompiler(compiler: FallbackCompiler): void {
  fallbackCompiler = compiler;
  for (const cache of scheduleCaches) cache.clear();
  effectiveTexts.clear();
}

function compiledFor(openingHours: string, publicHolidaysClosed: boolean): CompiledSchedule | null {
  const cache = scheduleCaches[publicHolidaysClosed ? 1 : 0];
  let compiled = cache.get(openingHours);
  if (compiled === undefined) {
    const parsed = parseOpeningHours(openingHours);
    compiled = parsed.ok ? compileSchedule(parsed.schedule, publicHolidaysClosed) : (fallbackCompiler?.(openingHours, publicHolidaysClosed) ?? null);
    if (cache.size >= SCHEDULE_CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(openingHours, compiled);
  }
  return compiled;
}

/** evaluateAt hands back the same state object for the same schedule and instant: so does the summary. */
const summaries = new WeakMap<HoursState, HoursSummary>();

function summaryOf(state: HoursState, timeZone: string, at: Date, nextChange: Date | null): HoursSummary {
  let summary = summaries.get(state);
  if (!summary) {
    summary = summarise(timeZone, at, state.open, nextChange);
    summaries.set(state, summary);
  }
  return summary;
}

export function isStale(lastConfirmedAt: string, staleAfterDays: number, at: Date): boolean {
  const confirmed = Date.parse(lastConfirmedAt);
  return Number.isNaN(confirmed) || at.getTime() - confirmed > staleAfterDays * 86_400_000;
}

/**
 * The one call the API and the web make: is this listing open at `at`, when does that change,
 * is its information stale, and what should its card say. Status wins over hours: a business
 * closed for good never opens; one closed until a date follows its hours from that date on.
 */
export function evaluateListing(listing: ListingHoursInput, tenant: TenantHoursSettings, at: Date): ListingEvaluation {
  const stale = isStale(listing.lastConfirmedAt, tenant.staleAfterDays, at);
  if (listing.status === 'permanently_closed') return { openNow: false, nextChange: null, stale, summary: { kind: 'permanently_closed' } };
  const compiled = compiledFor(listing.openingHours, closesOnPublicHolidays(tenant.publicHolidaysClosed, listing.holidaysAsUsual));
  const context: HoursContext = { timeZone: tenant.timezone, holidays: tenant.holidays };
  if (listing.status === 'temporarily_closed') {
    const reopenDay = listing.statusUntil === null ? null : parseIsoDate(listing.statusUntil);
    const reopenMs = reopenDay === null ? null : toInstantMs(tenant.timezone, reopenDay, 0);
    if (reopenMs === null || at.getTime() < reopenMs) {
      const reopening = reopenMs === null || compiled === null ? null : firstOpening(compiled, context, reopenMs);
      return {
        openNow: false,
        nextChange: reopening === null ? null : new Date(reopening),
        stale,
        summary: { kind: 'closed_until', at: reopening === null ? null : new Date(reopening).toISOString(), date: listing.statusUntil },
      };
    }
  }
  if (compiled === null) return { openNow: false, nextChange: null, stale, summary: { kind: 'unknown' } };
  const state = evaluateAt(compiled, context, at.getTime());
  const nextChange = state.nextChange === null ? null : new Date(state.nextChange);
  return { openNow: state.open, nextChange, stale, summary: summaryOf(state, tenant.timezone, at, nextChange) };
}

/** The first instant at or after `fromMs` when the schedule is open. */
function firstOpening(compiled: CompiledSchedule, context: HoursContext, fromMs: number): number | null {
  const state = evaluateAt(compiled, context, fromMs);
  return state.open ? fromMs : state.nextChange;
}

/** The status every screen shows for a listing at `at`: its declared situation and its hours, in one answer. */
export function listingStatusAt(listing: ListingHoursInput, tenant: TenantHoursSettings, at: Date): OpenStatus {
  const evaluation = evaluateListing(listing, tenant, at);
  return openStatusAt(
    {
      status: listing.status,
      statusUntil: listing.statusUntil,
      hasHours: evaluation.summary.kind !== 'unknown',
      openNow: evaluation.openNow,
      nextChange: evaluation.nextChange,
      stale: evaluation.stale || listing.unconfirmed === true,
      services: listing.services,
    },
    at,
    { timeZone: tenant.timezone, closesSoonMinutes: tenant.closesSoonMinutes ?? DEFAULT_CLOSES_SOON_MINUTES },
  );
}

/** The text the holiday policy makes of one stored value; evaluated once per text. */
function textWithHolidayPolicy(openingHours: string): string {
  const parsed = parseOpeningHours(openingHours);
  if (parsed.ok) return withHolidayPolicy(parsed.schedule, true).length !== parsed.schedule.rules.length ? toOpeningHours(parsed.schedule, { publicHolidaysClosed: true }) : openingHours;
  // Hours only OpenStreetMap's evaluator reads get the policy it evaluates with; a comment or
  // unreadable text evaluates to nothing, and is published as it is.
  return compiledFor(openingHours, true) === null ? openingHours : libraryTextWithHolidayPolicy(openingHours, true);
}

/**
 * The opening_hours text that means what we evaluate: the stored one, with `PH off` written in
 * where the tenant's holiday policy applies to it, for the compiled model's values and for those
 * only the library reads alike. Every string we show or export is this one, so OSM tools reading
 * it agree with our answers on public holidays too. Text that already says what it does on
 * holidays, or that nothing evaluates, is published as it is.
 */
export function effectiveOpeningHours(openingHours: string, publicHolidaysClosed: boolean): string {
  if (!publicHolidaysClosed) return openingHours;
  let effective = effectiveTexts.get(openingHours);
  if (effective === undefined) {
    effective = textWithHolidayPolicy(openingHours);
    if (effectiveTexts.size >= SCHEDULE_CACHE_LIMIT) effectiveTexts.delete(effectiveTexts.keys().next().value as string);
    effectiveTexts.set(openingHours, effective);
  }
  return effective;
}
