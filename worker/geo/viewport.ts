import type { Bbox } from '#schema/bbox.ts';
import type { ListingFeature, ListingsAnswer } from '#schema/listing.ts';
import type { ListingFilters } from '#schema/queries.ts';
import { scanBox } from '../db/listings-box.ts';
import type { SearchPage } from '../db/listings-search.ts';
import type { Tenant } from '../tenant.ts';
import { clustersInBox, countBounds } from './clusters.ts';
import { featureBuilder } from './features.ts';
import { searchInBox } from './text.ts';

/** Candidates checked one by one (hours, services) at most before a map shows clusters instead. */
export const CANDIDATE_CAP = 5000;

/** Filters that maintained counts cannot honour, named in a clusters answer. */
export function filtersCountsIgnore(filters: ListingFilters): string[] {
  return [filters.open ? 'open' : null, filters.services.length > 0 ? 'service' : null].filter((name): name is string => name !== null);
}

/**
 * The map's answer for a box: every matching listing when they are at most `limit`, else
 * counts per cell. A text query answers its best `limit` matches instead, ranked.
 */
export async function listingsInBox(
  db: D1Database,
  tenant: Tenant,
  box: Bbox,
  filters: ListingFilters,
  limit: number,
  now: Date,
  firstSearchPage: SearchPage | null = null,
): Promise<{ answer: ListingsAnswer; rowsRead: number }> {
  const build = featureBuilder(tenant, filters, now);
  if (filters.q.trim() !== '') {
    const text = await searchInBox(db, tenant.id, box, filters, limit + 1, build, firstSearchPage);
    return {
      answer: { type: 'FeatureCollection', kind: 'listings', features: text.features.slice(0, limit), truncated: text.features.length > limit || !text.exhausted },
      rowsRead: text.rowsRead,
    };
  }
  const ignored = filtersCountsIgnore(filters);
  const bounds = await countBounds(db, tenant.id, box, filters.categories);
  const clusters = async (rowsRead: number) => {
    const result = await clustersInBox(db, tenant.id, box, filters.categories, ignored);
    return { answer: result.answer, rowsRead: rowsRead + result.rowsRead };
  };
  if (bounds.atLeast > (ignored.length > 0 ? CANDIDATE_CAP : limit)) return clusters(bounds.rowsRead);

  const features: ListingFeature[] = [];
  let candidates = 0;
  const pageSize = ignored.length > 0 ? Math.min(CANDIDATE_CAP, Math.max(limit + 1, bounds.atMost + 1)) : limit + 1;
  const scan = await scanBox(db, tenant.id, box, filters, pageSize, (rows) => {
    for (const row of rows) {
      const feature = build(row);
      if (feature) features.push(feature);
    }
    candidates += rows.length;
    return features.length > limit || candidates >= CANDIDATE_CAP;
  }, bounds.density);
  const rowsRead = bounds.rowsRead + scan.rowsRead;
  if (features.length > limit || !scan.exhausted) return clusters(rowsRead);
  return { answer: { type: 'FeatureCollection', kind: 'listings', features, truncated: false }, rowsRead };
}
