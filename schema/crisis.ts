import { z } from 'zod';
import { multilineText } from './text.ts';
import { SERVICES } from './categories.ts';
import { LocalDateSchema } from './registration.ts';
import type { PublicTenant } from './tenant.ts';

export const CRISIS_TITLE_MAX_LENGTH = 120;
export const CRISIS_MESSAGE_MAX_LENGTH = 1000;
/** The statuses a crisis can put forward: those of a business that can still serve. */
export const HIGHLIGHT_STATUSES = ['open', 'adapted'] as const;

const text = (max: number, key: string) => multilineText({ error: key }).min(1, key).max(max, key);
const optionalText = (max: number, key: string) =>
  multilineText({ error: key }).max(max, key).nullable().optional().transform((value) => (value ? value : null));

/** What a CCI admin fills in to turn crisis mode on. French is required, English optional. */
export const CrisisInputSchema = z.object({
  title: z.object({ fr: text(CRISIS_TITLE_MAX_LENGTH, 'crisis.title'), en: optionalText(CRISIS_TITLE_MAX_LENGTH, 'crisis.title') }),
  message: z.object({ fr: text(CRISIS_MESSAGE_MAX_LENGTH, 'crisis.message'), en: optionalText(CRISIS_MESSAGE_MAX_LENGTH, 'crisis.message') }),
  /** The last day of the crisis, in the tenant's calendar; it ends on its own the day after. */
  endsOn: LocalDateSchema.nullable().optional().transform((date) => date ?? null),
  highlightStatuses: z.array(z.enum(HIGHLIGHT_STATUSES, { error: 'crisis.highlight' })).max(HIGHLIGHT_STATUSES.length).default([]).transform((s) => [...new Set(s)]),
  highlightServices: z.array(z.enum(SERVICES, { error: 'crisis.highlight' })).max(SERVICES.length).default([]).transform((s) => [...new Set(s)]),
});
export type CrisisInput = z.infer<typeof CrisisInputSchema>;

type Texts = { fr: string; en: string | null };

/** The active crisis as the public page shows it. */
export type PublicCrisis = {
  id: number;
  title: Texts;
  message: Texts;
  startedAt: string;
  /** Its last day in the tenant's calendar: from the day after, it has ended on its own. */
  endsOn: string | null;
  highlight: { statuses: Array<(typeof HIGHLIGHT_STATUSES)[number]>; services: Array<(typeof SERVICES)[number]> };
};

/** The public tenant payload carries the active crisis, or null. */
export type TenantWithCrisis = PublicTenant & { crisis: PublicCrisis | null };

/** A period as the console lists it, with what the public did during it. */
export type CrisisPeriod = PublicCrisis & { endedAt: string | null };

/** Public use inside a crisis period against the same number of days just before it. */
export type CrisisPeriodStats = {
  id: number;
  startedAt: string;
  endedAt: string | null;
  days: number;
  during: Record<'search' | 'listing_view' | 'map_view', number>;
  before: Record<'search' | 'listing_view' | 'map_view', number>;
};
