import type { Category } from '#schema/categories.ts';
import type { KeyRange } from '#schema/geo/ranges.ts';
import type { StatusCounts } from '#schema/listing.ts';
import { seekTable, type Seek } from './seek-table.ts';

const FIRST_CATEGORY_PARAMETER = 3;

export type CellCount = { cell: number; count: number; statuses: StatusCounts; lat: number; lng: number };

export type CellRow = {
  cell: number;
  n: number;
  n_open: number;
  n_adapted: number;
  n_temporarily_closed: number;
  n_permanently_closed: number;
  sum_lat_e6: number;
  sum_lng_e6: number;
};

/**
 * The statement of the maintained listing counts of the tenant's cells of `level` within the
 * ranges (cell indexes), for the categories asked for (none: every category). One seek per range
 * and category. With `onlyIf`, an SQL condition, the cells are read only when it holds (a LIMIT
 * is evaluated once, before the first row).
 */
export function cellCountsStatement(
  db: D1Database,
  tenantId: number,
  level: number,
  categories: readonly Category[],
  ranges: readonly KeyRange[],
  onlyIf: ((categoryRefs: string[]) => string) | null = null,
): D1PreparedStatement {
  const keys = categories.length > 0 ? categories : [''];
  const categoryRefs = keys.map((_, k) => `?${FIRST_CATEGORY_PARAMETER + k}`);
  // Cells are keyed by category ('' for all): one seek per range and category asked for.
  const seeks = categoryRefs.flatMap((ref) => ranges.map((range): Seek => ({ range, with: ref })));
  return db
    .prepare(`WITH ${seekTable(seeks)}
      SELECT c.cell, c.n, c.n_open, c.n_adapted, c.n_temporarily_closed, c.n_permanently_closed, c.sum_lat_e6, c.sum_lng_e6
      FROM seeks CROSS JOIN listing_cells c
      WHERE c.tenant_id = ?1 AND c.level = ?2 AND c.category = seeks.tag AND c.cell BETWEEN seeks.first AND seeks.last
      ${onlyIf ? `LIMIT (CASE WHEN ${onlyIf(categoryRefs)} THEN -1 ELSE 0 END)` : ''}`)
    .bind(tenantId, level, ...keys);
}

/** The counts of a `cellCountsStatement` result, summed per cell over the categories. */
export function cellCountsOf(result: D1Result<CellRow>): { cells: CellCount[]; rowsRead: number } {
  const byCell = new Map<number, CellRow>();
  for (const row of result.results) {
    const seen = byCell.get(row.cell);
    if (!seen) {
      byCell.set(row.cell, { ...row });
      continue;
    }
    for (const column of ['n', 'n_open', 'n_adapted', 'n_temporarily_closed', 'n_permanently_closed', 'sum_lat_e6', 'sum_lng_e6'] as const) seen[column] += row[column];
  }
  const cells = [...byCell.values()].map(
    (row): CellCount => ({
      cell: row.cell,
      count: row.n,
      statuses: { open: row.n_open, adapted: row.n_adapted, temporarily_closed: row.n_temporarily_closed, permanently_closed: row.n_permanently_closed },
      lat: row.sum_lat_e6 / row.n / 1e6,
      lng: row.sum_lng_e6 / row.n / 1e6,
    }),
  );
  return { cells, rowsRead: result.meta.rows_read };
}

/** Maintained listing counts of the tenant's cells of `level` within the ranges (see `cellCountsStatement`). */
export async function readCellCounts(
  db: D1Database,
  tenantId: number,
  level: number,
  categories: readonly Category[],
  ranges: readonly KeyRange[],
): Promise<{ cells: CellCount[]; rowsRead: number }> {
  return cellCountsOf(await cellCountsStatement(db, tenantId, level, categories, ranges).all<CellRow>());
}
