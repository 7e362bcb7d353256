/**
 * What the business says about itself. `adapted` means open with adaptations (services only:
 * delivery, click & collect…). Staleness ("to be confirmed") is derived from the last
 * confirmation date, never stored, so it cannot drift from the truth.
 */
export const LISTING_STATUSES = ['open', 'adapted', 'temporarily_closed', 'permanently_closed'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];
