/**
 * Cell levels the database keeps per-cell listing counts for (table listing_cells, migration
 * 0006): a level-L cell is a key prefix of 2L bits. Every other level, so that a map of any zoom
 * finds a level giving between a dozen and a few hundred clusters.
 */
export const CLUSTER_LEVELS = [4, 6, 8, 10, 12, 14, 16] as const;

/** Cell levels indexed as search tokens (table listings_search, migration 0009). */
export const TEXT_LEVELS = [8, 10, 12, 14, 16] as const;

/** The search token of a tenant's cell, as written by the listing_search_documents view. */
export function placeToken(tenantId: number, level: number, cell: number): string {
  return `t${tenantId}l${level}c${cell}`;
}

export function tenantToken(tenantId: number): string {
  return `tn${tenantId}`;
}
