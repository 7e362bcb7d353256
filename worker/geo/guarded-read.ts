import type { Bbox } from '#schema/bbox.ts';
import type { KeyRange } from '#schema/geo/ranges.ts';
import type { ListingFeature, ListingsAnswer } from '#schema/listing.ts';
import type { ListingFilters } from '#schema/queries.ts';
import { campaignStartOf, campaignStartStatement } from '../db/campaign-start.ts';
import { boxPageOf, boxPageStatement, type BoxRow, type Segment } from '../db/listings-box.ts';
import { cellCountsOf, cellCountsStatement, type CellRow } from '../db/listings-cells.ts';
import type { TenantRead } from '../middleware/public-read-tenant.ts';
import { markUnconfirmedSince } from '../services/crisis-features.ts';
import type { Tenant } from '../tenant.ts';
import { clustersAnswer } from './clusters.ts';
import { featureBuilder } from './features.ts';
import { CANDIDATE_CAP, filtersCountsIgnore } from './viewport.ts';

/** Maintained counts bounding the listings of the area, as SQL expressions over the category parameters. */
export type CountBounds = { atLeast(categoryRefs: string[]): string; atMost(categoryRefs: string[]): string };

/** The clusters an area answers when it holds too many listings: cells of one level, read in ranges. */
export type ClusterCells = { level: number; ranges: KeyRange[]; kept(cell: number): boolean; inside(cell: number): boolean };

export type GuardedArea = { box: Bbox; segments: Segment[]; bounds: CountBounds; clusters: ClusterCells };

/**
 * An area's answer in one round trip: its listings and its clusters are both asked in the same
 * batch, each read only when the maintained counts say it may be needed, with the running
 * campaign's start. A LIMIT is evaluated once, before the first row, so the statement whose guard
 * is false reads nothing: the scan runs only when at most `limit` listings can be in the area,
 * the clusters only when more than `limit` may be.
 */
export function guardedRead(db: D1Database, tenant: Tenant, area: GuardedArea, filters: ListingFilters, limit: number, now: Date): TenantRead<ListingsAnswer> {
  const ignored = filtersCountsIgnore(filters);
  const checkedOneByOne = ignored.length > 0;
  // Post-filters (services, open) read up to the cap of candidates, in one page.
  const pageSize = checkedOneByOne ? CANDIDATE_CAP : limit + 1;
  const { bounds, clusters: cellsOf } = area;
  const page = boxPageStatement(db, tenant.id, area.box, filters, pageSize, null, area.segments, (refs) => `${bounds.atLeast(refs)} <= ${checkedOneByOne ? CANDIDATE_CAP : limit}`)!;
  const cells = cellCountsStatement(db, tenant.id, cellsOf.level, filters.categories, cellsOf.ranges, (refs) => `${bounds.atMost(refs)} > ${limit}`);
  return {
    statements: [page.statement, cells, campaignStartStatement(db, tenant, now)],
    answer([pageResult, cellsResult, campaignResult]) {
      const rows = boxPageOf(pageResult as D1Result<BoxRow>, page);
      const counted = cellsResult ? cellCountsOf(cellsResult as D1Result<CellRow>).cells.filter((cell) => cellsOf.kept(cell.cell)) : [];
      const clusters = clustersAnswer(cellsOf.level, counted, ignored);
      // No row while the area's own cells hold listings: the scan's guard was false (more than
      // `limit` for sure), so it did not run.
      if (rows.rows.length === 0) return counted.some((cell) => cellsOf.inside(cell.cell) && cell.count > 0) ? clusters : emptyListings();
      const build = featureBuilder(tenant, filters, now);
      const features = rows.rows.map(build).filter((feature): feature is ListingFeature => feature !== null);
      if (features.length > limit || rows.next) return clusters;
      return markUnconfirmedSince({ type: 'FeatureCollection', kind: 'listings', features, truncated: false }, campaignResult ? campaignStartOf(campaignResult) : null);
    },
  };
}

const emptyListings = (): ListingsAnswer => ({ type: 'FeatureCollection', kind: 'listings', features: [], truncated: false });
