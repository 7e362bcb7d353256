import type { Bbox } from '#schema/bbox.ts';
import { boxCentre, distanceMetres } from '#schema/geo/distance.ts';
import type { ListingFeature } from '#schema/listing.ts';
import type { ListingFilters } from '#schema/queries.ts';
import type { ListingRow } from '../db/listings.ts';
import { matchExpression, readSearchPage, searchPageOf, searchPageStatement, type SearchPage } from '../db/listings-search.ts';

/** Pages of matches read at most per query: a word matching thousands is answered by a sample. */
const MAX_PAGES = 8;
/** Share of a page's matches expected outside the box (the cells around it overlap its edges). */
const PAGE_SLACK = 1.25;

export type TextMatches = { features: ListingFeature[]; rowsRead: number; exhausted: boolean };

/**
 * Listings of the box matching the text, best first and, among equals, nearest the box's
 * centre. Pages of matches are read in index order until `wanted` features pass every filter or
 * none remain; when more remain, the ranking is over those read (the answer says truncated).
 * `firstPage`: the first page, already read in the request's batch (`firstSearchPage`).
 */
const pageSizeFor = (missing: number) => Math.max(20, Math.ceil(missing * PAGE_SLACK));

/** The statement of a search's first page, to ride in a batch; null when the text has no word. */
export function firstSearchPage(db: D1Database, tenantId: number, box: Bbox, filters: ListingFilters, wanted: number): { statement: D1PreparedStatement; read(result: D1Result): SearchPage } | null {
  const match = matchExpression(tenantId, filters.q, filters.categories, box);
  if (!match) return null;
  const pageSize = pageSizeFor(wanted);
  return { statement: searchPageStatement(db, tenantId, match, box, filters.services, pageSize, 0), read: (result) => searchPageOf(result, pageSize) };
}

export async function searchInBox(
  db: D1Database,
  tenantId: number,
  box: Bbox,
  filters: ListingFilters,
  wanted: number,
  build: (row: ListingRow) => ListingFeature | null,
  firstPage: SearchPage | null = null,
): Promise<TextMatches> {
  const match = matchExpression(tenantId, filters.q, filters.categories, box);
  if (!match) return { features: [], rowsRead: 0, exhausted: true };
  const centre = boxCentre(box);
  const found: Array<{ feature: ListingFeature; score: number; distance: number }> = [];
  let rowsRead = 0;
  let after: number | null = 0;
  for (let page = 0; after !== null && page < MAX_PAGES && found.length < wanted; page++) {
    const pageSize = pageSizeFor(wanted - found.length);
    const result: SearchPage = page === 0 && firstPage ? firstPage : await readSearchPage(db, tenantId, match, box, filters.services, pageSize, after);
    rowsRead += result.rowsRead;
    after = result.lastRowid;
    for (const row of result.rows) {
      const feature = build(row);
      if (feature) found.push({ feature, score: row.score, distance: distanceMetres(centre.lat, centre.lng, row.lat, row.lng) });
    }
  }
  found.sort((a, b) => a.score - b.score || a.distance - b.distance);
  return { features: found.map(({ feature }) => feature), rowsRead, exhausted: after === null };
}
