import { z } from 'zod';
import { SERVICES } from './categories.ts';
import { LocalDateSchema, type ListingFields, type ModerationMode } from './registration.ts';
import type { ListingStatus } from './status.ts';

/** The one-tap status changes of the self-service page. */
export const StatusChangeSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('open_today') }),
    z.object({ action: z.literal('closed_until'), until: LocalDateSchema }),
    z.object({
      action: z.literal('services_only'),
      services: z
        .array(z.enum(SERVICES, { error: 'registration.services' }), { error: 'registration.services' })
        .min(1, 'self_service.services_required')
        .max(SERVICES.length, 'registration.services')
        .transform((services) => [...new Set(services)]),
    }),
    z.object({ action: z.literal('permanently_closed') }),
  ],
  { error: 'self_service.action' },
);
export type StatusChange = z.infer<typeof StatusChangeSchema>;

export const LinkExchangeSchema = z.object({
  token: z.string({ error: 'self_service.link_invalid' }).regex(/^[A-Za-z0-9_-]{22,100}$/, 'self_service.link_invalid'),
});

/** The shopkeeper's own view of the listing: everything they can edit, and its freshness. */
export type OwnListing = Omit<ListingFields, 'status'> & {
  id: string;
  status: ListingStatus;
  published: boolean;
  moderation: ModerationMode;
  moderationState: 'pending' | 'approved' | 'rejected';
  lastConfirmedAt: string;
  staleAfterDays: number;
  stale: boolean;
};
