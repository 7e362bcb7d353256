import type { Bbox } from '#schema/bbox.ts';
import { boxCentre, distanceMetres } from '#schema/geo/distance.ts';
import type { ListingFeature } from '#schema/listing.ts';
import type { ListingFilters } from '#schema/queries.ts';
import type { ListingRow } from '../db/listings.ts';
import { matchExpression, searchPageOf, searchPageStatement } from '../db/listings-search.ts';

/** Pages of matches read at most per query: a word matching thousands is answered by a sample. */
const MAX_PAGES = 8;
/** Share of a page's matches expected outside the box (the cells around it overlap its edges). */
const PAGE_SLACK = 1.25;

export type TextMatches = { features: ListingFeature[]; rowsRead: number; exhausted: boolean };

/** A search as one statement, to ride in a batch, and how to read its result. */
export type SearchRead = { statement: D1PreparedStatement; matches(result: D1Result, build: (row: ListingRow) => ListingFeature | null): TextMatches };

/**
 * Listings of the box matching the text, best first and, among equals, nearest the box's
 * centre, in one statement: the matches are read in index order, up to MAX_PAGES pages of them,
 * each with its listing when it lies in the box and passes the filters. Null when the text has
 * no word. When more matches remain, the ranking is over those read (not `exhausted`).
 */
export function searchRead(db: D1Database, tenantId: number, box: Bbox, filters: ListingFilters, wanted: number): SearchRead | null {
  const match = matchExpression(tenantId, filters.q, filters.categories, box);
  if (!match) return null;
  // Matches outside the box or failing a filter are why a page may fall short: reading all the
  // pages at once costs their rows only when there are that many matches, and no round trip.
  const matchesRead = MAX_PAGES * Math.max(20, Math.ceil(wanted * PAGE_SLACK));
  const centre = boxCentre(box);
  return {
    statement: searchPageStatement(db, tenantId, match, box, filters.services, matchesRead, 0),
    matches(result, build) {
      const page = searchPageOf(result, matchesRead);
      const found: Array<{ feature: ListingFeature; score: number; distance: number }> = [];
      for (const row of page.rows) {
        const feature = build(row);
        if (feature) found.push({ feature, score: row.score, distance: distanceMetres(centre.lat, centre.lng, row.lat, row.lng) });
      }
      found.sort((a, b) => a.score - b.score || a.distance - b.distance);
      return { features: found.map(({ feature }) => feature), rowsRead: page.rowsRead, exhausted: page.lastRowid === null };
    },
  };
}

/** `searchRead` run on its own. */
export async function searchInBox(
  db: D1Database,
  tenantId: number,
  box: Bbox,
  filters: ListingFilters,
  wanted: number,
  build: (row: ListingRow) => ListingFeature | null,
): Promise<TextMatches> {
  const search = searchRead(db, tenantId, box, filters, wanted);
  if (!search) return { features: [], rowsRead: 0, exhausted: true };
  return search.matches(await search.statement.all(), build);
}
