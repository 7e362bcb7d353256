import { z } from 'zod';
import { parseIsoDate } from './local-time.ts';
import type { HoursMessageKey } from './messages.ts';
import type { HoursReading } from './osm-library.ts';
import { parseOpeningHours } from './osm-parse.ts';

export const OPENING_HOURS_MAX_LENGTH = 500;

export type HoursReader = (text: string) => HoursReading;
let libraryReader: HoursReader | null = null;

/**
 * Lets forms accept what only OpenStreetMap's evaluator reads (`Mo-Fr 09:00-18:00; Aug off`):
 * the Worker sets it at start, the browser once the evaluator has loaded (decision 009). Without
 * it, only the compiled model's syntax is accepted.
 */
export function setHoursReader(reader: HoursReader): void {
  libraryReader = reader;
}

/**
 * Why a typed `opening_hours` text cannot be stored as it is, or null when it can: the compiled
 * model reads it, or the evaluator reads it exactly as written. A text the evaluator would
 * rewrite (`Mon-Sat 7AM-8PM`) is refused with `hours.normalise` and the rewritten rule as
 * `part`: the form shows it and the shopkeeper confirms it, nothing is rewritten silently.
 * Ambiguous texts (`9-5`) are refused with the part in question.
 */
export function openingHoursIssue(text: string): { key: HoursMessageKey; part: string } | null {
  const parsed = parseOpeningHours(text);
  if (parsed.ok) return null;
  const reading = libraryReader?.(text);
  if (!reading) return parsed.error;
  if (reading.kind === 'model' || reading.kind === 'library') return reading.text === text.trim() ? null : { key: 'hours.normalise', part: reading.text };
  if (reading.kind === 'ambiguous') return { key: 'hours.ambiguous', part: reading.changes.filter((change) => change.kind === 'ambiguous').map((change) => change.part).join(', ') };
  return parsed.error;
}

/**
 * OSM opening_hours text as a form field: the issue's message is an HOURS_MESSAGES key and its
 * `params.part` the text not understood, so that the answer can quote it back (hoursMessage).
 */
export const OpeningHoursTextSchema = z
  .string()
  .max(OPENING_HOURS_MAX_LENGTH, 'hours.unsupported')
  .superRefine((text, ctx) => {
    const issue = openingHoursIssue(text);
    if (issue) ctx.addIssue({ code: 'custom', message: issue.key, params: { part: issue.part } });
  });

/** The local date a temporarily closed business reopens. */
export const StatusUntilSchema = z.string().refine((text) => parseIsoDate(text) !== null, 'hours.status_until');
