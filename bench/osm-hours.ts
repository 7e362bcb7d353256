/**
 * How much of what OpenStreetMap mappers write we read, and whether we read it as OSM does.
 *
 *   npm run bench:osm-hours -- --build SOURCE...   builds the corpus (bench/osm-hours.md)
 *   npm run bench:osm-hours                        reads .tmp/osm-hours-corpus.tsv
 *   BENCH_OSM_VALUES=5000 npm run bench:osm-hours  the most used values only
 *
 * Runs as the Worker does, in UTC, while opening_hours.js, the reference, is asked in the
 * tenant's zone: so the zone bridge of the library path is measured too. Disagreements at the
 * instants of a DST weekend are listed apart: there, both sides differ on purpose (decision 002).
 */
import OpeningHours from 'opening_hours';
import { holidayCalendarFor } from '#schema/hours/french-holidays.ts';
import { evaluateListing, setFallbackCompiler, type TenantHoursSettings } from '#schema/hours/index.ts';
import { compileWithLibrary, FRANCE, LIBRARY_OPTIONS, readOpeningHours, type HoursReading } from '#schema/hours/osm-library.ts';
import { buildCorpus, DEFAULT_CORPUS, readCorpus, type CorpusEntry } from './osm-hours-corpus.ts';

process.env.TZ = 'UTC';
const ZONE = 'Europe/Paris';
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The reference's next change is compared when it falls within a week, the horizon we keep for weekly schedules. */
const COMPARED_HORIZON_MS = 7 * DAY_MS;

const args = process.argv.slice(2);
if (args[0] === '--build') {
  const entries = buildCorpus(args.slice(1));
  console.log(`corpus: ${entries.length} distinct values written to ${DEFAULT_CORPUS}`);
  process.exit(0);
}

const limit = Number(process.env.BENCH_OSM_VALUES ?? Infinity);
const corpus: CorpusEntry[] = readCorpus().slice(0, limit);

/** The local days of Europe/Paris DST changes in the instants below, from the day before to the day after. */
const DST_DAYS = ['2026-03-29', '2026-10-25'].map((date) => Date.parse(`${date}T00:00:00Z`));
const inDstWindow = (ms: number) => DST_DAYS.some((day) => ms >= day - DAY_MS && ms < day + 2 * DAY_MS);

/** A spread over ordinary weeks of 2026 (every 7 h 17 min, so every hour of the week comes round), plus both DST weekends hour by hour. */
const INSTANTS: number[] = [];
for (let ms = Date.parse('2026-01-05T00:05:00Z'); ms < Date.parse('2026-01-26T00:00:00Z'); ms += 7 * HOUR_MS + 17 * 60_000) INSTANTS.push(ms);
for (let ms = Date.parse('2026-06-01T03:35:00Z'); ms < Date.parse('2026-06-15T00:00:00Z'); ms += 11 * HOUR_MS + 3 * 60_000) INSTANTS.push(ms);
for (const day of DST_DAYS) for (let ms = day - 6 * HOUR_MS; ms < day + 30 * HOUR_MS; ms += HOUR_MS) INSTANTS.push(ms + 10 * 60_000);

function inParis<T>(run: () => T): T {
  process.env.TZ = ZONE;
  try {
    return run();
  } finally {
    process.env.TZ = 'UTC';
  }
}

function reference(value: string): OpeningHours | null {
  return inParis(() => {
    try {
      return new OpeningHours(value, FRANCE, LIBRARY_OPTIONS);
    } catch {
      return null;
    }
  });
}

setFallbackCompiler(compileWithLibrary);
const tenant: TenantHoursSettings = { timezone: ZONE, staleAfterDays: 100_000, publicHolidaysClosed: false, holidays: holidayCalendarFor('FR') };
const confirmed = new Date('2026-01-01T00:00:00Z').toISOString();

type Disagreement = { value: string; at: string; ours: string; reference: string };

function compare(value: string, stored: string, hours: OpeningHours): Disagreement[] {
  const found: Disagreement[] = [];
  for (const ms of INSTANTS) {
    const at = new Date(ms);
    const ours = evaluateListing({ openingHours: stored, status: 'open', statusUntil: null, lastConfirmedAt: confirmed }, tenant, at);
    let theirs: { open: boolean; next: number | null };
    try {
      theirs = inParis(() => {
        const next = hours.getNextChange(at, new Date(ms + COMPARED_HORIZON_MS));
        return { open: hours.getState(at), next: next === undefined ? null : next.getTime() };
      });
    } catch (error) {
      found.push({ value, at: at.toISOString(), ours: String(ours.openNow), reference: `throws ${String(error).slice(0, 60)}` });
      continue;
    }
    const oursNext = ours.nextChange?.getTime() ?? null;
    const nextDiffers = theirs.next !== null && theirs.next !== oursNext;
    if (ours.openNow !== theirs.open || nextDiffers) {
      const describe = (open: boolean, next: number | null) => `${open ? 'open' : 'closed'} → ${next === null ? '—' : new Date(next).toISOString()}`;
      found.push({ value, at: at.toISOString(), ours: describe(ours.openNow, oursNext), reference: describe(theirs.open, theirs.next) });
    }
  }
  return found;
}

const started = performance.now();
const byKind = new Map<string, number>();
const missed: Array<{ entry: CorpusEntry; reading: HoursReading }> = [];
let referenceAccepted = 0;
let modelAsWritten = 0;
let oursOfReference = 0;
let compared = 0;
/** Ambiguous values with a proposed reading (decision 009): stored so only once a person takes it. */
let proposed = 0;
/** Values whose local day words we read in their own language where the reference reads another (`Di-So`: Tuesday, not Sunday). */
const dayWordValues: Array<{ value: string; text: string }> = [];
const disagreements: Disagreement[] = [];
const dstDisagreements: Disagreement[] = [];
const disagreeingValues = new Set<string>();

for (const entry of corpus) {
  const reading = readOpeningHours(entry.value);
  const hours = reference(entry.value);
  const kind = reading.kind === 'model' && reading.text !== entry.value.trim() ? 'model (normalised)' : reading.kind;
  byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  if (reading.kind === 'model' && reading.text === entry.value.trim()) modelAsWritten++;
  if (hours === null) continue;
  referenceAccepted++;
  const accepted = reading.kind === 'model' || reading.kind === 'library' || reading.kind === 'comment';
  if (reading.kind === 'ambiguous' && reading.proposal !== null) {
    // Flagged, and read as proposed once a person takes the proposal: compared as it would be stored.
    proposed++;
    compared++;
    for (const found of compare(entry.value, reading.proposal, hours)) {
      disagreeingValues.add(found.value);
      (inDstWindow(Date.parse(found.at)) ? dstDisagreements : disagreements).push(found);
    }
  }
  if (!accepted) {
    missed.push({ entry, reading });
    continue;
  }
  oursOfReference++;
  if (reading.kind === 'comment') continue;
  compared++;
  // Where we read a day word otherwise than the reference, the reference is asked about the rule we store.
  const rewroteDays = reading.changes.some((change) => change.kind === 'day_word');
  if (rewroteDays) dayWordValues.push({ value: entry.value, text: reading.text });
  const against = rewroteDays ? reference(reading.text) : hours;
  if (against === null) {
    disagreements.push({ value: entry.value, at: '-', ours: reading.text, reference: 'refuses the rewritten rule' });
    continue;
  }
  for (const found of compare(entry.value, reading.text, against)) {
    disagreeingValues.add(found.value);
    (inDstWindow(Date.parse(found.at)) ? dstDisagreements : disagreements).push(found);
  }
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(2)}%`;
const uses = corpus.reduce((sum, entry) => sum + entry.count, 0);
console.log(`osm-hours: ${corpus.length} distinct real opening_hours values (${uses} uses) from ${DEFAULT_CORPUS}`);
console.log(`  accepted by the compiled model as written   ${modelAsWritten} (${percent(modelAsWritten, corpus.length)})`);
console.log(`  accepted by opening_hours.js (reference)    ${referenceAccepted} (${percent(referenceAccepted, corpus.length)})`);
console.log(`  accepted by ours, of those                  ${oursOfReference} (ours/reference ${percent(oursOfReference, referenceAccepted)})`);
console.log(`  and ambiguous, flagged with a reading to confirm ${proposed}: read, of those ${oursOfReference + proposed} (ours/reference ${percent(oursOfReference + proposed, referenceAccepted)})`);
const flagged = missed.filter(({ reading }) => reading.kind === 'ambiguous').length;
console.log(`  with every ambiguous one, kept and flagged   ${oursOfReference + flagged} (${percent(oursOfReference + flagged, referenceAccepted)})`);
console.log(`  how ours reads every value:`);
for (const [kind, count] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`    ${kind.padEnd(20)} ${String(count).padStart(7)}  ${percent(count, corpus.length)}`);
const missedByKind = new Map<string, number>();
for (const { reading } of missed) missedByKind.set(reading.kind, (missedByKind.get(reading.kind) ?? 0) + 1);
console.log(`  reference-accepted values we flag or refuse: ${missed.length} (${[...missedByKind].map(([kind, count]) => `${kind} ${count}`).join(', ')}); most used:`);
for (const { entry, reading } of missed.slice(0, 8)) {
  const why = reading.kind === 'ambiguous' ? (reading.proposal ? `proposed ${JSON.stringify(reading.proposal)} for ` : '') + reading.changes.filter((change) => change.kind === 'ambiguous').map((change) => change.part).join(', ') : reading.kind;
  console.log(`    ${String(entry.count).padStart(5)}  ${JSON.stringify(entry.value).slice(0, 70)}  (${why})`);
}
console.log(`  evaluation at ${INSTANTS.length} instants (${ZONE}) of the ${compared} values both evaluate:`);
console.log(`    disagreements outside DST weekends   ${disagreements.length} at ${new Set(disagreements.map((d) => d.value)).size} values`);
const firstPerValue = (list: Disagreement[]) => [...new Map(list.map((found) => [found.value, found])).values()];
for (const found of firstPerValue(disagreements).slice(0, 10)) console.log(`      ${JSON.stringify(found.value).slice(0, 60)} at ${found.at}: ours ${found.ours}, reference ${found.reference}`);
console.log(`    local day words read in the value's language, not the reference's (${dayWordValues.length} values, compared with the reference on the rewritten rule):`);
for (const { value, text } of dayWordValues.slice(0, 3)) console.log(`      ${JSON.stringify(value).slice(0, 50)} → ${JSON.stringify(text).slice(0, 50)}`);
console.log(`    documented DST cases (listed apart)  ${dstDisagreements.length} at ${new Set(dstDisagreements.map((d) => d.value)).size} values`);
for (const found of firstPerValue(dstDisagreements).slice(0, 5)) console.log(`      ${JSON.stringify(found.value).slice(0, 60)} at ${found.at}: ours ${found.ours}, reference ${found.reference}`);
console.log(`  ${((performance.now() - started) / 1000).toFixed(1)} s`);
