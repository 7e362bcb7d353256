import type { Bbox } from '#schema/bbox.ts';
import type { Category, Service } from '#schema/categories.ts';
import { keyRanges, rangesFor, type KeyRange } from '#schema/geo/ranges.ts';
import { PUBLIC_COLUMNS, type ListingRow } from './listings.ts';

/** What the index can narrow (categories) and what is checked on each row read (services). */
export type BoxFilters = { categories: readonly Category[]; services: readonly Service[] };

/** One index seek: a key range, in one category when the query has categories. */
type Segment = [first: number, last: number, category: Category | null];

/** Where a page stopped: rows come in (segment, h, rowid) order, so the next page starts after it. */
export type BoxCursor = { segment: number; h: number; rowid: number };

export type BoxRow = ListingRow & { h: number; row_id: number; segment: number };

export type BoxPage = { rows: BoxRow[]; rowsRead: number; next: BoxCursor | null };

/**
 * The index seeks covering the box: its key ranges, once per category. With several categories
 * each gets fewer ranges, so that the seeks (about one row read each) stay as many as for one.
 */
export function boxSegments(box: Bbox, categories: readonly Category[]): Segment[] {
  if (categories.length === 0) return keyRanges(box).map(([first, last]): Segment => [first, last, null]);
  const ranges: KeyRange[] = keyRanges(box, Math.max(4, Math.floor(rangesFor(box) / categories.length)));
  return categories.flatMap((category) => ranges.map(([first, last]): Segment => [first, last, category]));
}

const SERVICES_CONDITION = `AND EXISTS (SELECT 1 FROM json_each(l.services) sv WHERE sv.value IN (SELECT value FROM json_each(?8)))`;

/**
 * One page of the tenant's listings inside the box, read through the curve-key index: all
 * seeks are one JSON parameter (D1 allows 100 bound parameters, and an OR chain of BETWEENs
 * makes the planner pick another index), then the exact box is checked on each row.
 */
export async function readBoxPage(
  db: D1Database,
  tenantId: number,
  box: Bbox,
  filters: BoxFilters,
  pageSize: number,
  cursor: BoxCursor | null = null,
  segments: Segment[] = boxSegments(box, filters.categories),
): Promise<BoxPage> {
  const start = cursor?.segment ?? 0;
  const remaining = segments.slice(start).map(([first, last, category], i): Segment => [i === 0 && cursor ? Math.max(first, cursor.h) : first, last, category]);
  if (remaining.length === 0) return { rows: [], rowsRead: 0, next: null };
  const byCategory = filters.categories.length > 0;
  const sql = `SELECT ${PUBLIC_COLUMNS}, l.h, l.rowid AS row_id, s.key AS segment
    FROM json_each(?1) s CROSS JOIN listings l INDEXED BY ${byCategory ? 'listings_tenant_category_h' : 'listings_tenant_h'}
    WHERE l.tenant_id = ?2 AND l.published = 1 ${byCategory ? 'AND l.category = s.value->>2' : ''}
      AND l.h BETWEEN s.value->>0 AND s.value->>1
      AND l.lat BETWEEN ?3 AND ?4 AND l.lng BETWEEN ?5 AND ?6
      AND NOT (s.key = 0 AND l.h = ?9 AND l.rowid <= ?10)
      ${filters.services.length > 0 ? SERVICES_CONDITION : ''}
    LIMIT ?7`;
  const result = await db
    .prepare(sql)
    .bind(JSON.stringify(remaining), tenantId, box.south, box.north, box.west, box.east, pageSize, JSON.stringify(filters.services), cursor?.h ?? -1, cursor?.rowid ?? -1)
    .all<BoxRow>();
  const rows = result.results.map((row) => ({ ...row, segment: row.segment + start }));
  const last = rows[rows.length - 1];
  return {
    rows,
    rowsRead: result.meta.rows_read,
    next: rows.length === pageSize && last ? { segment: last.segment, h: last.h, rowid: last.row_id } : null,
  };
}

/** Pages through the box until `enough` says stop or the box is exhausted. */
export async function scanBox(
  db: D1Database,
  tenantId: number,
  box: Bbox,
  filters: BoxFilters,
  pageSize: number,
  enough: (rows: BoxRow[]) => boolean,
): Promise<{ rowsRead: number; exhausted: boolean }> {
  const segments = boxSegments(box, filters.categories);
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
