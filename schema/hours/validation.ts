import { z } from 'zod';
import { parseIsoDate } from './local-time.ts';
import { parseOpeningHours } from './osm-parse.ts';

export const OPENING_HOURS_MAX_LENGTH = 500;

/**
 * OSM opening_hours text as a form field: the issue's message is an HOURS_MESSAGES key and its
 * `params.part` the text not understood, so that the answer can quote it back (hoursMessage).
 */
export const OpeningHoursTextSchema = z
  .string()
  .max(OPENING_HOURS_MAX_LENGTH, 'hours.unsupported')
  .superRefine((text, ctx) => {
    const result = parseOpeningHours(text);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error.key, params: { part: result.error.part } });
  });

/** The local date a temporarily closed business reopens. */
export const StatusUntilSchema = z.string().refine((text) => parseIsoDate(text) !== null, 'hours.status_until');
