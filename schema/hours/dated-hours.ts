import { z } from 'zod';
import { localDateOf, parseIsoDate } from './local-time.ts';
import { rangeInOrder, spanInOrder, type DatePoint, type HoursRule } from './model.ts';

/**
 * Text read by `read`, or an issue that stops the checks around it: a range or a period is not
 * said to be out of order when one of its ends is missing.
 */
const readText = <T>(read: (text: string) => T | null, message: string) =>
  z.string().transform((text, ctx): T => {
    const value = read(text);
    if (value === null) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return value;
  });

/** "HH:MM" as a time input gives it, to minutes since local midnight. */
const ClockTimeSchema = readText((text) => (/^([01]\d|2[0-3]):[0-5]\d$/.test(text) ? Number(text.slice(0, 2)) * 60 + Number(text.slice(3)) : null), 'hours.time_input');

/** "YYYY-MM-DD" as a date input gives it, to a calendar day with its year. */
const IsoDatePointSchema = readText((text): DatePoint | null => {
  const day = parseIsoDate(text);
  return day === null ? null : localDateOf(day);
}, 'hours.date_input');

/**
 * A dated exception as a form types it: first and last day (inclusive; equal for one day) and
 * no range (closed) or one or two ranges within the day. It becomes one dated OSM rule, with the
 * model's own order checks and messages. Issues are found at `dates.from`, `dates.to`, `dates`
 * (a period ending before it starts), `ranges.N.start`, `ranges.N.end` and `ranges.N` (a range
 * ending before it starts). Only forms import this module: the pages that merely read hours
 * stay free of zod.
 */
export const DatedHoursSchema = z
  .object({
    dates: z.object({ from: IsoDatePointSchema, to: IsoDatePointSchema }).refine(spanInOrder, 'hours.date_order'),
    ranges: z.array(z.object({ start: ClockTimeSchema, end: ClockTimeSchema }).refine(rangeInOrder, 'hours.range_length')).max(2),
  })
  .transform(({ dates, ranges }): HoursRule => ({ days: { kind: 'dates', spans: [dates] }, ranges }));
export type DatedHoursInput = z.input<typeof DatedHoursSchema>;
