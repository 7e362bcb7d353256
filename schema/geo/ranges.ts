import type { Bbox } from '../bbox.ts';
import { HILBERT_ORDER, gridX, gridY, hilbertIndex } from './hilbert.ts';

const SIDE = 2 ** HILBERT_ORDER;

/** Inclusive key interval `[first, last]`. */
export type KeyRange = [number, number];

/** Ranges cost about one row read each (the seek). Cell counts are read in at most this many. */
export const MAX_RANGES = 16;
/**
 * Key ranges for a viewport, by its size: a small box holds few rows, so each seek weighs more
 * than the slack it saves; a large one holds many, so tighter ranges pay. Measured on a million
 * listings (bench/geo.ts): 12 for a 2 km box, 32 from 10 km up.
 */
const SMALL_BOX_RANGES = 12;
const LARGE_BOX_RANGES = 32;
const SMALL_BOX_KM = 5;
/** Cells enumerated to cover a box: enough that edge cells waste little, few enough to be cheap. */
const CELL_BUDGET = 16384;

type CellSpan = { x0: number; x1: number; y0: number; y1: number };

/** Cell coordinates at `level` spanned by the box. */
function spanAt(box: Bbox, level: number): CellSpan {
  const shift = 2 ** (HILBERT_ORDER - level);
  return {
    x0: Math.floor(gridX(box.west) / shift),
    x1: Math.floor(gridX(box.east) / shift),
    y0: Math.floor(gridY(box.south) / shift),
    y1: Math.floor(gridY(box.north) / shift),
  };
}

export function cellCount(box: Bbox, level: number): number {
  const span = spanAt(box, level);
  return (span.x1 - span.x0 + 1) * (span.y1 - span.y0 + 1);
}

/** The finest level whose cells covering the box number at most `budget`. */
export function levelFor(box: Bbox, budget: number, maxLevel = HILBERT_ORDER): number {
  let level = 0;
  while (level < maxLevel && cellCount(box, level + 1) <= budget) level++;
  return level;
}

/** Merges touching ranges, then closes the smallest gaps (the least extra area) until `max` remain. */
export function mergeRanges(sorted: KeyRange[], max: number): KeyRange[] {
  const merged: KeyRange[] = [];
  for (const [first, last] of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  if (merged.length <= max) return merged;
  // Keep the max − 1 widest gaps: the ranges between them absorb every other gap.
  const gaps = merged.slice(1).map((range, i) => ({ after: i, width: range[0] - merged[i]![1] }));
  const kept = new Set(
    gaps
      .sort((a, b) => b.width - a.width || a.after - b.after)
      .slice(0, max - 1)
      .map((gap) => gap.after),
  );
  const result: KeyRange[] = [[merged[0]![0], merged[0]![1]]];
  for (let i = 1; i < merged.length; i++) {
    if (kept.has(i - 1)) result.push([merged[i]![0], merged[i]![1]]);
    else result[result.length - 1]![1] = merged[i]![1];
  }
  return result;
}

/** A cell of some level touching a box, and whether it lies wholly inside it. */
export type CoverCell = { index: number; inside: boolean };

/** The cells of `level` that touch the box, in curve order. */
export function coverCells(box: Bbox, level: number): CoverCell[] {
  const span = spanAt(box, level);
  const shift = 2 ** (HILBERT_ORDER - level);
  const [gx0, gx1, gy0, gy1] = [gridX(box.west), gridX(box.east), gridY(box.south), gridY(box.north)];
  const cells: CoverCell[] = [];
  for (let x = span.x0; x <= span.x1; x++) {
    const insideX = x * shift > gx0 && (x + 1) * shift - 1 < gx1;
    for (let y = span.y0; y <= span.y1; y++) {
      const inside = insideX && y * shift > gy0 && (y + 1) * shift - 1 < gy1;
      cells.push({ index: hilbertIndex(x, y, level), inside });
    }
  }
  return cells.sort((a, b) => a.index - b.index);
}

/** Key ranges, in cell indexes of `level`, of the cells of that level that touch the box. */
export function cellRanges(box: Bbox, level: number, max = MAX_RANGES): KeyRange[] {
  return mergeRanges(
    coverCells(box, level).map(({ index }): KeyRange => [index, index]),
    max,
  );
}

/** The box of the 3 × 3 cells of `level` centred on the cell holding the point, and their indexes. */
export function neighbourhood(lat: number, lng: number, level: number): { box: Bbox; cells: number[] } {
  const side = 2 ** level;
  const x = Math.floor((gridX(lng) / SIDE) * side);
  const y = Math.floor((gridY(lat) / SIDE) * side);
  const [x0, x1, y0, y1] = [Math.max(0, x - 1), Math.min(side - 1, x + 1), Math.max(0, y - 1), Math.min(side - 1, y + 1)];
  const cells: number[] = [];
  for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) cells.push(hilbertIndex(cx, cy, level));
  const box = { west: (x0 / side) * 360 - 180, east: ((x1 + 1) / side) * 360 - 180, south: (y0 / side) * 180 - 90, north: ((y1 + 1) / side) * 180 - 90 };
  return { box, cells: cells.sort((a, b) => a - b) };
}

/** How many key ranges a box deserves (see SMALL_BOX_RANGES). */
export function rangesFor(box: Bbox): number {
  const heightKm = (box.north - box.south) * 111.2;
  const widthKm = (box.east - box.west) * 111.2 * Math.cos((((box.north + box.south) / 2) * Math.PI) / 180);
  return Math.max(heightKm, widthKm) < SMALL_BOX_KM ? SMALL_BOX_RANGES : LARGE_BOX_RANGES;
}

/**
 * Full-order key ranges whose union holds every point of the box (and a little around it): the
 * query reads these ranges of the `(…, h)` index, then filters on the exact box. The quadtree is
 * descended from the whole world: a cell inside the box is one range whatever its size, so only
 * cells along the edges are split, down to the level whose cells number about CELL_BUDGET.
 */
export function keyRanges(box: Bbox, max = rangesFor(box)): KeyRange[] {
  const finest = levelFor(box, CELL_BUDGET);
  const [gx0, gx1, gy0, gy1] = [gridX(box.west), gridX(box.east), gridY(box.south), gridY(box.north)];
  const ranges: KeyRange[] = [];
  const visit = (level: number, x: number, y: number) => {
    const shift = 2 ** (HILBERT_ORDER - level);
    const [x0, x1, y0, y1] = [x * shift, (x + 1) * shift - 1, y * shift, (y + 1) * shift - 1];
    if (x1 < gx0 || x0 > gx1 || y1 < gy0 || y0 > gy1) return;
    const inside = x0 >= gx0 && x1 <= gx1 && y0 >= gy0 && y1 <= gy1;
    if (inside || level === finest) {
      const size = shift * shift;
      const index = hilbertIndex(x, y, level);
      ranges.push([index * size, (index + 1) * size - 1]);
      return;
    }
    for (const [dx, dy] of [[0, 0], [0, 1], [1, 0], [1, 1]] as const) visit(level + 1, 2 * x + dx, 2 * y + dy);
  };
  visit(0, 0, 0);
  return mergeRanges(ranges.sort((a, b) => a[0] - b[0]), max);
}

/** Listings per cell of one level, for the cells touching a box: those not in `counts` hold none. */
export type CellDensity = { level: number; counts: ReadonlyMap<number, number>; touching: ReadonlySet<number> };

/** What one more seek costs: D1 reads the index entry past the end of each range. */
const SEEK_COST_ROWS = 1;
/** Bounds the SQL's size when the counts would keep many ranges apart. */
const MAX_DENSITY_RANGES = 32;

/** The keys `[first, last]` cut where cells of the density's level begin: each piece in one cell. */
function* piecesByCell(first: number, last: number, density: CellDensity): Generator<{ cell: number; start: number; end: number }> {
  const size = 4 ** (HILBERT_ORDER - density.level);
  for (let start = first; start <= last; ) {
    const cell = Math.floor(start / size);
    const end = Math.min(last, (cell + 1) * size - 1);
    yield { cell, start, end };
    start = end + 1;
  }
}

/** Listings expected in the keys `[first, last]`, spread evenly within each counted cell. */
function expectedRows(first: number, last: number, density: CellDensity): number {
  const size = 4 ** (HILBERT_ORDER - density.level);
  let expected = 0;
  for (const { cell, start, end } of piecesByCell(first, last, density)) {
    // A cell the counts do not cover may hold anything: never read through it for free.
    if (!density.touching.has(cell)) return Number.POSITIVE_INFINITY;
    expected += ((density.counts.get(cell) ?? 0) / size) * (end - start + 1);
  }
  return expected;
}

/**
 * Key ranges for a box, shaped by the maintained counts of the cells touching it: the parts of
 * the cover lying in empty cells are left out, and two ranges are joined when the rows expected
 * between them cost less than the seek that joining saves. A dense box gets many tight ranges,
 * a sparse one few.
 */
export function densityRanges(box: Bbox, density: CellDensity, max = MAX_DENSITY_RANGES): KeyRange[] {
  const kept: KeyRange[] = [];
  for (const [first, last] of keyRanges(box, Number.POSITIVE_INFINITY)) {
    for (const { cell, start, end } of piecesByCell(first, last, density)) {
      const empty = density.touching.has(cell) && (density.counts.get(cell) ?? 0) === 0;
      if (empty) continue;
      const previous = kept[kept.length - 1];
      if (previous && (start === previous[1] + 1 || expectedRows(previous[1] + 1, start - 1, density) < SEEK_COST_ROWS)) previous[1] = end;
      else kept.push([start, end]);
    }
  }
  return mergeRanges(kept, max);
}
