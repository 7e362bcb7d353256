import type { Bbox } from '#schema/bbox.ts';
import type { Category, Service } from '#schema/categories.ts';
import { densityRanges, keyRanges, rangesFor, type CellDensity, type KeyRange } from '#schema/geo/ranges.ts';
import { PUBLIC_COLUMNS, type ListingRow } from './listings.ts';
import { seekTable, type Seek } from './seek-table.ts';

/** What the index can narrow (categories) and what is checked on each row read (services). */
export type BoxFilters = { categories: readonly Category[]; services: readonly Service[] };

/** One index seek: a key range, in one category when the query has categories. */
export type Segment = [first: number, last: number, category: Category | null];

/** Where a page stopped: rows come in (segment, h, rowid) order, so the next page starts after it. */
export type BoxCursor = { segment: number; h: number; rowid: number };

export type BoxRow = ListingRow & { h: number; row_id: number; segment: number };

export type BoxPage = { rows: BoxRow[]; rowsRead: number; next: BoxCursor | null };

/** Seeks a query may spread over its categories: each category gets its share of them. */
const MAX_SEGMENTS = 32;

/**
 * The index seeks covering the box: its key ranges, once per category. With several categories
 * each gets fewer ranges, so that the seeks (one row read each) stay about as many as for one.
 * The cell counts of the box, when the caller has read them, shape the ranges to where listings are.
 */
export function boxSegments(box: Bbox, categories: readonly Category[], density: CellDensity | null = null): Segment[] {
  const perCategory = categories.length > 0 ? Math.max(4, Math.floor(MAX_SEGMENTS / categories.length)) : MAX_SEGMENTS;
  const ranges: KeyRange[] = density
    ? densityRanges(box, density, perCategory)
    : keyRanges(box, categories.length > 0 ? Math.max(4, Math.floor(rangesFor(box) / categories.length)) : rangesFor(box));
  const keys = categories.length > 0 ? categories : [null];
  return keys.flatMap((category) => ranges.map(([first, last]): Segment => [first, last, category]));
}

const SERVICES_CONDITION = `AND EXISTS (SELECT 1 FROM json_each(l.services) sv WHERE sv.value IN (SELECT value FROM json_each(?7)))`;
/** Parameters ?1…?9 are the query's own; categories come after. */
const FIRST_CATEGORY_PARAMETER = 10;

/** A statement of a page, and where its segments start (a page after a cursor skips some). */
export type BoxPageStatement = { statement: D1PreparedStatement; start: number; pageSize: number };

/**
 * The statement of one page of the tenant's listings inside the box, read through the curve-key
 * index: one seek per segment, driven by a VALUES table (an OR chain of BETWEENs makes the
 * planner pick another index), then the exact box is checked on each row. With `onlyIf`, an SQL
 * condition, the page is read only when it holds: SQLite evaluates a LIMIT once, before the
 * first row, so a false one costs no row of the scan. Null when no segment remains.
 */
export function boxPageStatement(
  db: D1Database,
  tenantId: number,
  box: Bbox,
  filters: BoxFilters,
  pageSize: number,
  cursor: BoxCursor | null = null,
  segments: Segment[] = boxSegments(box, filters.categories),
  onlyIf: ((categoryRefs: string[]) => string) | null = null,
): BoxPageStatement | null {
  const start = cursor?.segment ?? 0;
  const remaining = segments.slice(start).map(([first, last, category], i): Segment => [i === 0 && cursor ? Math.max(first, cursor.h) : first, last, category]);
  if (remaining.length === 0) return null;
  const categories = [...new Set(remaining.flatMap(([, , category]) => (category === null ? [] : [category])))];
  const categoryRefs = categories.map((_, i) => `?${FIRST_CATEGORY_PARAMETER + i}`);
  const seeks = remaining.map(([first, last, category]): Seek => ({
    range: [first, last],
    ...(category === null ? {} : { with: categoryRefs[categories.indexOf(category)] }),
  }));
  const byCategory = categories.length > 0;
  const sql = `WITH ${seekTable(seeks)}
    SELECT ${PUBLIC_COLUMNS}, l.h, l.rowid AS row_id, seeks.segment
    FROM seeks CROSS JOIN listings l INDEXED BY ${byCategory ? 'listings_tenant_category_h' : 'listings_tenant_h'}
    WHERE l.tenant_id = ?1 AND l.published = 1 ${byCategory ? 'AND l.category = seeks.tag' : ''}
      AND l.h BETWEEN seeks.first AND seeks.last
      AND l.lat BETWEEN ?2 AND ?3 AND l.lng BETWEEN ?4 AND ?5
      AND NOT (seeks.segment = 0 AND l.h = ?8 AND l.rowid <= ?9)
      ${filters.services.length > 0 ? SERVICES_CONDITION : ''}
    LIMIT ${onlyIf ? `(CASE WHEN ${onlyIf(categoryRefs)} THEN ?6 ELSE 0 END)` : '?6'}`;
  const statement = db
    .prepare(sql)
    .bind(tenantId, box.south, box.north, box.west, box.east, pageSize, JSON.stringify(filters.services), cursor?.h ?? -1, cursor?.rowid ?? -1, ...categories);
  return { statement, start, pageSize };
}

/** The rows of a page's result, and the cursor after them when the page was full. */
export function boxPageOf(result: D1Result<BoxRow>, { start, pageSize }: Pick<BoxPageStatement, 'start' | 'pageSize'>): BoxPage {
  const rows = result.results.map((row) => ({ ...row, segment: row.segment + start }));
  const last = rows[rows.length - 1];
  return {
    rows,
    rowsRead: result.meta.rows_read,
    next: rows.length === pageSize && last ? { segment: last.segment, h: last.h, rowid: last.row_id } : null,
  };
}

/** One page of the tenant's listings inside the box (see `boxPageStatement`). */
export async function readBoxPage(...args: Parameters<typeof boxPageStatement>): Promise<BoxPage> {
  const page = boxPageStatement(...args);
  if (!page) return { rows: [], rowsRead: 0, next: null };
  return boxPageOf(await page.statement.all<BoxRow>(), page);
}

/** Pages through the box until `enough` says stop or the box is exhausted. */
export async function scanBox(
  db: D1Database,
  tenantId: number,
  box: Bbox,
  filters: BoxFilters,
  pageSize: number,
  enough: (rows: BoxRow[]) => boolean,
  density: CellDensity | null = null,
): Promise<{ rowsRead: number; exhausted: boolean }> {
  const segments = boxSegments(box, filters.categories, density);
  let cursor: BoxCursor | null = null;
  let rowsRead = 0;
  do {
    const page = await readBoxPage(db, tenantId, box, filters, pageSize, cursor, segments);
    rowsRead += page.rowsRead;
    cursor = page.next;
    if (enough(page.rows)) return { rowsRead, exhausted: cursor === null };
  } while (cursor);
  return { rowsRead, exhausted: true };
}
