/**
 * What the business says about itself. `adapted` means open with adaptations (services only:
 * delivery, click & collect…). A `temporarily_closed` business may give the local date it
 * reopens (listings.status_until); the hours model keeps it closed until then. Staleness ("to be
 * confirmed") is derived from the last confirmation date, never stored, so it cannot drift from
 * the truth.
 */
export const LISTING_STATUSES = ['open', 'adapted', 'temporarily_closed', 'permanently_closed'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];
