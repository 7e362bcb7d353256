import { z } from 'zod';
import { CATEGORIES } from '../categories.ts';
import { ListingIdSchema } from '../listing.ts';
import { ListingFieldsSchema } from '../registration.ts';
import { LISTING_STATUSES, type ListingStatus } from '../status.ts';
import { InseeCodeSchema } from './settings.ts';

export const ListingSearchSchema = z.object({
  q: z.string().trim().max(100, 'q.too_long').optional(),
  commune: InseeCodeSchema.optional(),
  category: z.enum(CATEGORIES, { error: 'console.filter' }).optional(),
  status: z.enum(LISTING_STATUSES, { error: 'console.filter' }).optional(),
  offset: z.coerce.number({ error: 'console.filter' }).int().min(0).max(1_000_000).default(0),
});
export type ListingSearch = z.infer<typeof ListingSearchSchema>;

/**
 * A correction by the CCI: the shopkeeper's fields, where contact details an imported listing
 * never had may stay empty, and the CCI may also record a permanent closure.
 */
export const StaffListingSchema = ListingFieldsSchema.extend({
  email: ListingFieldsSchema.shape.email.nullable(),
  siret: ListingFieldsSchema.shape.siret.nullable(),
  status: z.enum(LISTING_STATUSES, { error: 'registration.status' }),
});
export type StaffListing = z.infer<typeof StaffListingSchema>;
export type StaffListingInput = z.input<typeof StaffListingSchema>;

export const MergeSchema = z.object({ duplicateId: ListingIdSchema });

export type ConsoleListingSummary = {
  id: string;
  name: string;
  category: string;
  status: ListingStatus;
  commune: string;
  published: boolean;
  moderationState: 'pending' | 'approved' | 'rejected';
  updatedAt: string;
};

export type ConsoleListing = StaffListing & {
  id: string;
  published: boolean;
  moderationState: 'pending' | 'approved' | 'rejected';
  lastConfirmedAt: string;
  createdAt: string;
  updatedAt: string;
};

export type AuditEntry = {
  id: number;
  actor: string;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  at: string;
};
