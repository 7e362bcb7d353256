import type { Bbox } from '#schema/bbox.ts';
import type { Category, Service } from '#schema/categories.ts';
import { TEXT_LEVELS, placeToken, tenantToken } from '#schema/geo/cells.ts';
import { cellCount, coverCells } from '#schema/geo/ranges.ts';
import { categoriesForWord, queryWords } from '#schema/search/category-words.ts';
import { PUBLIC_COLUMNS, type ListingRow } from './listings.ts';

/**
 * Place tokens per query. Each costs a doclist lookup, which D1 does not count as rows read;
 * every match outside the box costs two (the index row and the listing checked against the
 * box). Fine cells keep those few: a 5 km box takes ~220 cells of level 16 (~400 m).
 */
const PLACE_TOKEN_BUDGET = 256;
const MAX_WORDS = 8;

export type SearchRow = ListingRow & { h: number; score: number };

/** How a category is written in the search index: one token, without its underscore. */
const categoryToken = (category: Category) => category.replace('_', '');

/**
 * The FTS5 query: every word typed must match a name or products word starting with it, or
 * designate the listing's category ("pain" → bakery); the category filter and the place (the
 * cells around the box, or the whole tenant) narrow it inside the index. User words are quoted
 * after folding, so they cannot inject FTS5 syntax.
 */
export function matchExpression(tenantId: number, text: string, categories: readonly Category[], box: Bbox): string | null {
  const words = queryWords(text).slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  const clauses = words.map((word) => {
    const designated = categoriesForWord(word).map(categoryToken);
    const byWord = `{name products} : "${word}"*`;
    return designated.length > 0 ? `(${byWord} OR category : (${designated.join(' OR ')}))` : `(${byWord})`;
  });
  if (categories.length > 0) clauses.push(`category : (${categories.map(categoryToken).join(' OR ')})`);
  const level = [...TEXT_LEVELS].reverse().find((candidate) => cellCount(box, candidate) <= PLACE_TOKEN_BUDGET);
  const place = level === undefined ? tenantToken(tenantId) : coverCells(box, level).map(({ index }) => placeToken(tenantId, level, index)).join(' OR ');
  clauses.push(`place : (${place})`);
  return clauses.join(' AND ');
}

/**
 * The statement of one page of text matches in index order (rowid), after `afterRowid`, each with its bm25 score
 * (name weighs most, then products, then category) and, when inside the exact box and passing
 * the filters, its listing. Not sorted in SQL: D1 counts the rows of a sort a second time, so
 * the Worker ranks what it reads.
 */
export function searchPageStatement(
  db: D1Database,
  tenantId: number,
  match: string,
  box: Bbox,
  services: readonly Service[],
  pageSize: number,
  afterRowid: number,
): D1PreparedStatement {
  // A LEFT JOIN keeps one row per match of the page, so a short page means the matches ran out.
  return db
    .prepare(`WITH m AS (SELECT rowid, bm25(listings_search, 10.0, 4.0, 2.0, 0.0) AS score FROM listings_search
        WHERE listings_search MATCH ?1 AND rowid > ?3 LIMIT ?2)
      SELECT ${PUBLIC_COLUMNS}, l.h, m.score, m.rowid AS match_rowid
      FROM m LEFT JOIN listings l
        ON l.rowid = m.rowid AND l.tenant_id = ?4 AND l.published = 1 AND l.lat BETWEEN ?5 AND ?6 AND l.lng BETWEEN ?7 AND ?8
        ${services.length > 0 ? 'AND EXISTS (SELECT 1 FROM json_each(l.services) sv WHERE sv.value IN (SELECT value FROM json_each(?9)))' : ''}`)
    .bind(match, pageSize, afterRowid, tenantId, box.south, box.north, box.west, box.east, ...(services.length > 0 ? [JSON.stringify(services)] : []));
}

export type SearchPage = { rows: SearchRow[]; rowsRead: number; lastRowid: number | null };

export function searchPageOf(result: D1Result, pageSize: number): SearchPage {
  const all = result.results as Array<(SearchRow | (Record<keyof ListingRow | 'h', null> & { score: number })) & { match_rowid: number }>;
  const rows = all.filter((row): row is SearchRow & { match_rowid: number } => row.id !== null);
  const last = all.length === pageSize ? Math.max(...all.map((row) => row.match_rowid)) : null;
  return { rows, rowsRead: result.meta.rows_read, lastRowid: last };
}
