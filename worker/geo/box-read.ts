import type { Bbox } from '#schema/bbox.ts';
import { coverCells, mergeRanges, type KeyRange } from '#schema/geo/ranges.ts';
import type { ListingsAnswer } from '#schema/listing.ts';
import type { ListingFilters } from '#schema/queries.ts';
import { boxSegments } from '../db/listings-box.ts';
import type { TenantRead } from '../middleware/public-read-tenant.ts';
import type { Tenant } from '../tenant.ts';
import { CLUSTER_BUDGET, ESTIMATE_BUDGET, finestLevel } from './clusters.ts';
import { guardedRead } from './guarded-read.ts';

/** Cluster cells are read in at most this many ranges: each costs about one row. */
const CLUSTER_RANGES = 16;

/** The maintained count of some cells of one level, for the categories asked for, as an SQL expression. */
const cellsCount = (level: number, cells: readonly number[]) => (categoryRefs: string[]) =>
  cells.length === 0
    ? '0'
    : `(SELECT coalesce(sum(n), 0) FROM listing_cells WHERE tenant_id = ?1 AND level = ${level} AND cell IN (${cells.map((cell) => String(cell)).join(', ')})
      AND category IN (${categoryRefs.length > 0 ? categoryRefs.join(', ') : "''"}))`;

/**
 * Any box's answer in one round trip (`guardedRead`), for API users whose boxes are not map
 * tiles. The scan runs when the cells wholly inside the box hold at most `limit` listings, the
 * clusters when the cells touching it hold more: both bounds are a few maintained cells.
 */
export function boxRead(db: D1Database, tenant: Tenant, box: Bbox, filters: ListingFilters, limit: number, now: Date): TenantRead<ListingsAnswer> {
  const boundsLevel = finestLevel(box, ESTIMATE_BUDGET);
  const boundCells = coverCells(box, boundsLevel);
  const clusterLevel = finestLevel(box, CLUSTER_BUDGET);
  const clusterCells = coverCells(box, clusterLevel);
  const touching = new Set(clusterCells.map((cell) => cell.index));
  const inside = new Set(clusterCells.filter((cell) => cell.inside).map((cell) => cell.index));
  return guardedRead(
    db,
    tenant,
    {
      box,
      segments: boxSegments(box, filters.categories),
      bounds: {
        atLeast: cellsCount(boundsLevel, boundCells.filter((cell) => cell.inside).map((cell) => cell.index)),
        atMost: cellsCount(boundsLevel, boundCells.map((cell) => cell.index)),
      },
      clusters: {
        level: clusterLevel,
        ranges: mergeRanges(clusterCells.map(({ index }): KeyRange => [index, index]), CLUSTER_RANGES),
        kept: (cell) => touching.has(cell),
        inside: (cell) => inside.has(cell),
      },
    },
    filters,
    limit,
    now,
  );
}
