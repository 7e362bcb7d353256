import type { ListingFeature, ListingsAnswer } from '#schema/listing.ts';
import type { ListingFilters } from '#schema/queries.ts';
import { tileBox, tileCell, tileCellRange, tileKeyRange, type Tile } from '#schema/geo/tiles.ts';
import { campaignStartOf, campaignStartStatement } from '../db/campaign-start.ts';
import { markUnconfirmedSince } from '../services/crisis-features.ts';
import { boxPageOf, boxPageStatement, type BoxRow, type Segment } from '../db/listings-box.ts';
import { cellCountsOf, cellCountsStatement, type CellRow } from '../db/listings-cells.ts';
import type { Tenant } from '../tenant.ts';
import type { TenantRead } from '../middleware/public-read-tenant.ts';
import { clustersAnswer } from './clusters.ts';
import { featureBuilder } from './features.ts';
import { CANDIDATE_CAP, filtersCountsIgnore } from './viewport.ts';

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
 * A tile's answer in one round trip: its listings and its clusters are both asked in the same
 * batch, each read only when the tile's maintained count says it may be needed (the count is a
 * single cell, so the choice between points and clusters is exact), with the running campaign's
 * start. A tile is one key range, so its scan is one seek per category.
 */
export function tileRead(db: D1Database, tenant: Tenant, tile: Tile, filters: ListingFilters, limit: number, now: Date): TenantRead<ListingsAnswer> {
  const ignored = filtersCountsIgnore(filters);
  const checkedOneByOne = ignored.length > 0;
  // Post-filters (services, open) read up to the cap of candidates, in one page.
  const pageSize = checkedOneByOne ? CANDIDATE_CAP : limit + 1;
  const [first, last] = tileKeyRange(tile);
  const segments: Segment[] = (filters.categories.length > 0 ? filters.categories : [null]).map((category): Segment => [first, last, category]);
  const exact = tileBox(tile);
  const box = { west: exact.west - EDGE_SLACK_DEGREES, south: exact.south - EDGE_SLACK_DEGREES, east: exact.east + EDGE_SLACK_DEGREES, north: exact.north + EDGE_SLACK_DEGREES };
  const count = tileCount(tile);
  const page = boxPageStatement(db, tenant.id, box, filters, pageSize, null, segments, (refs) => `${count(refs)} <= ${checkedOneByOne ? CANDIDATE_CAP : limit}`)!;
  const clusterLevel = Math.min(FINEST_CLUSTER_LEVEL, tile.level + CLUSTER_DEPTH);
  const cells = cellCountsStatement(db, tenant.id, clusterLevel, filters.categories, [tileCellRange(tile, clusterLevel)], (refs) => `${count(refs)} > ${limit}`);
  return {
    statements: [page.statement, cells, campaignStartStatement(db, tenant, now)],
    answer([pageResult, cellsResult, campaignResult]) {
      const rows = boxPageOf(pageResult as D1Result<BoxRow>, page);
      const clusters = clustersAnswer(clusterLevel, cellsResult ? cellCountsOf(cellsResult as D1Result<CellRow>).cells : [], ignored);
      // No row read while cells were: the count was over the cap, the scan did not run.
      if (rows.rows.length === 0) return clusters.features.length > 0 ? clusters : emptyListings();
      const build = featureBuilder(tenant, filters, now);
      const features = rows.rows.map(build).filter((feature): feature is ListingFeature => feature !== null);
      if (features.length > limit || rows.next) return clusters;
      return markUnconfirmedSince({ type: 'FeatureCollection', kind: 'listings', features, truncated: false }, campaignResult ? campaignStartOf(campaignResult) : null);
    },
  };
}

const emptyListings = (): ListingsAnswer => ({ type: 'FeatureCollection', kind: 'listings', features: [], truncated: false });
