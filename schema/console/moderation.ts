import { z } from 'zod';
import { multilineText } from '../text.ts';
import { CATEGORIES, type Category } from '../categories.ts';
import type { SiretCheck } from '../company-directory.ts';
import type { HoldReason } from '../registration.ts';
import type { ListingStatus } from '../status.ts';
import { InseeCodeSchema } from './settings.ts';

export const QUEUE_KINDS = ['registration', 'edit', 'report'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

/** A queue item's id says what it is: `q<id>` a registration or edit, `r<id>` a report. */
export const QueueItemIdSchema = z.string({ error: 'console.queue_item' }).regex(/^[qr][0-9]{1,12}$/, 'console.queue_item');

export const QueueFilterSchema = z.object({
  kind: z.enum(QUEUE_KINDS, { error: 'console.filter' }).optional(),
  commune: InseeCodeSchema.optional(),
  category: z.enum(CATEGORIES, { error: 'console.filter' }).optional(),
  /** Only items waiting for at least this many days. */
  minAgeDays: z.coerce.number({ error: 'console.filter' }).int().min(0).max(3650).optional(),
});
export type QueueFilter = z.infer<typeof QueueFilterSchema>;

export const REJECTION_REASON_MAX_LENGTH = 1000;

export const DecisionSchema = z
  .object({
    items: z.array(QueueItemIdSchema, { error: 'console.queue_item' }).min(1, 'console.queue_item').max(200, 'console.queue_item'),
    decision: z.enum(['approve', 'reject'], { error: 'console.decision' }),
    reason: multilineText().trim().max(REJECTION_REASON_MAX_LENGTH, 'console.reason').optional(),
  })
  .refine((d) => d.decision === 'approve' || (d.reason ?? '').length >= 3, { message: 'console.reason', path: ['reason'] });
export type Decision = z.infer<typeof DecisionSchema>;

export type QueueItem = {
  id: string;
  kind: QueueKind;
  listingId: string;
  listingName: string;
  category: Category;
  commune: string;
  communeInsee: string;
  status: ListingStatus;
  published: boolean;
  createdAt: string;
  /** Registration or edit: the fields as submitted. Report: its reason and comment. */
  details: Record<string, unknown>;
  /** Why a registration was held for review whatever the tenant's mode; null for the usual items. */
  holdReason: HoldReason | null;
  /** What the company directory said about a registration's SIRET; null for edits and reports. */
  siretCheck: SiretCheck | null;
  /** An edit: the same fields as they were before it (already applied); null otherwise. */
  previous: Record<string, unknown> | null;
};

/** The fields an edit changed, with their value before and after: what a moderator reads. */
export function changedFields(previous: Record<string, unknown>, details: Record<string, unknown>): Array<{ field: string; before: unknown; after: unknown }> {
  return Object.keys(details)
    .filter((field) => JSON.stringify(previous[field] ?? null) !== JSON.stringify(details[field] ?? null))
    .map((field) => ({ field, before: previous[field] ?? null, after: details[field] ?? null }));
}

export type DecisionResult = { decided: string[] };
