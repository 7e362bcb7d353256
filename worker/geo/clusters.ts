import type { Bbox } from '#schema/bbox.ts';
import type { Category } from '#schema/categories.ts';
import { CLUSTER_LEVELS } from '#schema/geo/cells.ts';
import { cellCount, coverCells, mergeRanges, type CellDensity, type KeyRange } from '#schema/geo/ranges.ts';
import type { ClusterFeature, ClusterFeatureCollection } from '#schema/listing.ts';
import { readCellCounts, type CellCount } from '../db/listings-cells.ts';

/** Clusters a zoomed-out map draws at most: a few hundred markers stay readable and light. */
export const CLUSTER_BUDGET = 600;
/** Cells read to bound how many listings a box holds before choosing points or clusters. */
export const ESTIMATE_BUDGET = 16;

/** The finest maintained level whose cells touching the box number at most `budget`. */
export const finestLevel = (box: Bbox, budget: number) => [...CLUSTER_LEVELS].reverse().find((level) => cellCount(box, level) <= budget) ?? CLUSTER_LEVELS[0];

/** Counts of the cells of `level` touching the box, read in at most 16 ranges of cells. */
async function countsTouching(db: D1Database, tenantId: number, box: Bbox, level: number, categories: readonly Category[]) {
  const cells = coverCells(box, level);
  const ranges = mergeRanges(cells.map(({ index }): KeyRange => [index, index]), 16);
  const { cells: counts, rowsRead } = await readCellCounts(db, tenantId, level, categories, ranges);
  const touching = new Map(cells.map((cell) => [cell.index, cell.inside]));
  return { counts: counts.filter((count) => touching.has(count.cell)), inside: (cell: number) => touching.get(cell) === true, touching, rowsRead };
}

/**
 * Bounds on the number of listings in the box, from a few maintained cell counts: `atMost`
 * counts every cell touching the box, `atLeast` only the cells wholly inside it. The counts
 * also tell a scan of the box where its listings are.
 */
export async function countBounds(db: D1Database, tenantId: number, box: Bbox, categories: readonly Category[]) {
  const level = finestLevel(box, ESTIMATE_BUDGET);
  const { counts, inside, touching, rowsRead } = await countsTouching(db, tenantId, box, level, categories);
  let atMost = 0;
  let atLeast = 0;
  for (const cell of counts) {
    atMost += cell.count;
    if (inside(cell.cell)) atLeast += cell.count;
  }
  const density: CellDensity = { level, counts: new Map(counts.map((cell) => [cell.cell, cell.count])), touching: new Set(touching.keys()) };
  return { atMost, atLeast, density, rowsRead };
}

/** The box as counts per cell of the finest maintained level that keeps the clusters few. */
export async function clustersInBox(
  db: D1Database,
  tenantId: number,
  box: Bbox,
  categories: readonly Category[],
  ignoredFilters: string[],
): Promise<{ answer: ClusterFeatureCollection; rowsRead: number }> {
  const level = finestLevel(box, CLUSTER_BUDGET);
  const { counts, rowsRead } = await countsTouching(db, tenantId, box, level, categories);
  return { answer: clustersAnswer(level, counts, ignoredFilters), rowsRead };
}

/** A clusters answer: one feature per cell, at the centroid of its listings. */
export function clustersAnswer(level: number, counts: readonly CellCount[], ignoredFilters: string[]): ClusterFeatureCollection {
  const features = counts.map(
    (cell): ClusterFeature => ({
      type: 'Feature',
      id: `${level}-${cell.cell}`,
      geometry: { type: 'Point', coordinates: [cell.lng, cell.lat] },
      properties: { level, cell: cell.cell, count: cell.count, statuses: cell.statuses },
    }),
  );
  return { type: 'FeatureCollection', kind: 'clusters', features, truncated: false, ignoredFilters };
}
