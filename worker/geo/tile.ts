import type { ListingsAnswer } from '#schema/listing.ts';
import type { ListingFilters } from '#schema/queries.ts';
import { tileBox, tileCell, tileCellRange, tileKeyRange, type Tile } from '#schema/geo/tiles.ts';
import type { Segment } from '../db/listings-box.ts';
import type { Tenant } from '../tenant.ts';
import type { TenantRead } from '../middleware/public-read-tenant.ts';
import { guardedRead } from './guarded-read.ts';

/** Clusters of a tile are cells this many levels finer: at most 4^4 = 256 per tile. */
const CLUSTER_DEPTH = 4;
const FINEST_CLUSTER_LEVEL = 16;
/** A key cell is ~5e-6° wide: the box checked on rows is widened by more, the key range decides. */
const EDGE_SLACK_DEGREES = 1e-5;

/** The tile's maintained count for the categories asked for, as an SQL expression. */
const tileCount = (tile: Tile) => (categoryRefs: string[]) =>
  `(SELECT coalesce(sum(n), 0) FROM listing_cells WHERE tenant_id = ?1 AND level = ${tile.level} AND cell = ${tileCell(tile)}
    AND category IN (${categoryRefs.length > 0 ? categoryRefs.join(', ') : "''"}))`;

/**
 * A tile's answer in one round trip (`guardedRead`). Its count is a single maintained cell, so
 * the choice between points and clusters is exact, and it is one key range, so its scan is one
 * seek per category.
 */
export function tileRead(db: D1Database, tenant: Tenant, tile: Tile, filters: ListingFilters, limit: number, now: Date): TenantRead<ListingsAnswer> {
  const [first, last] = tileKeyRange(tile);
  const segments: Segment[] = (filters.categories.length > 0 ? filters.categories : [null]).map((category): Segment => [first, last, category]);
  const exact = tileBox(tile);
  const box = { west: exact.west - EDGE_SLACK_DEGREES, south: exact.south - EDGE_SLACK_DEGREES, east: exact.east + EDGE_SLACK_DEGREES, north: exact.north + EDGE_SLACK_DEGREES };
  const count = tileCount(tile);
  const level = Math.min(FINEST_CLUSTER_LEVEL, tile.level + CLUSTER_DEPTH);
  const everyCell = () => true;
  return guardedRead(db, tenant, { box, segments, bounds: { atLeast: count, atMost: count }, clusters: { level, ranges: [tileCellRange(tile, level)], kept: everyCell, inside: everyCell } }, filters, limit, now);
}
