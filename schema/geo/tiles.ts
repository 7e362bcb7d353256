import type { Bbox } from '../bbox-format.ts';
import { CLUSTER_LEVELS } from './cells.ts';
import { HILBERT_ORDER, hilbertIndex } from './hilbert.ts';

/**
 * A tile of the map's fixed grid: a cell of the world-wide Hilbert key (a square of the 2^level
 * × 2^level grid over longitude −180..180 × latitude −90..90). Residents looking at the same town
 * ask for the same tiles, so they share cached answers; and a tile is one contiguous key range,
 * with its listing count a single maintained cell (`listing_cells`), so the Worker answers it
 * in one round trip. Levels are the maintained ones, so that count exists.
 */
export type Tile = { level: number; x: number; y: number };

export const TILE_LEVELS: readonly number[] = CLUSTER_LEVELS;
const COARSEST = TILE_LEVELS[0]!;

/**
 * The tile level for a view: the finest whose tiles are at least half the view each way, so a
 * view needs at most 3 × 3 tiles, usually 2 × 2 or 2 × 3 on a phone. Views of about the same size
 * (the same zoom, give or take one) share a level, and so their tiles.
 */
export function tileLevelForBox(box: Bbox): number {
  const fits = (level: number) => 360 / 2 ** level >= (box.east - box.west) / 2 && 180 / 2 ** level >= (box.north - box.south) / 2;
  return [...TILE_LEVELS].reverse().find(fits) ?? COARSEST;
}

export function tileBox({ level, x, y }: Tile): Bbox {
  const side = 2 ** level;
  return { west: (x / side) * 360 - 180, east: ((x + 1) / side) * 360 - 180, south: (y / side) * 180 - 90, north: ((y + 1) / side) * 180 - 90 };
}

/** The tiles of `level` a box touches, row by row. */
export function tilesCovering(box: Bbox, level: number): Tile[] {
  const side = 2 ** level;
  const column = (lng: number) => Math.min(side - 1, Math.max(0, Math.floor(((lng + 180) / 360) * side)));
  const row = (lat: number) => Math.min(side - 1, Math.max(0, Math.floor(((lat + 90) / 180) * side)));
  const tiles: Tile[] = [];
  for (let y = row(box.north); y >= row(box.south); y--) for (let x = column(box.west); x <= column(box.east); x++) tiles.push({ level, x, y });
  return tiles;
}

/** Its position on the curve at its level: the `listing_cells.cell` of its count. */
export function tileCell(tile: Tile): number {
  return hilbertIndex(tile.x, tile.y, tile.level);
}

/** The inclusive range of `listings.h` keys inside the tile. */
export function tileKeyRange(tile: Tile): [number, number] {
  const span = 4 ** (HILBERT_ORDER - tile.level);
  const cell = tileCell(tile);
  return [cell * span, (cell + 1) * span - 1];
}

/** The cells of a finer `level` inside the tile, as one inclusive range of cell indexes. */
export function tileCellRange(tile: Tile, level: number): [number, number] {
  const span = 4 ** (level - tile.level);
  const cell = tileCell(tile);
  return [cell * span, (cell + 1) * span - 1];
}

/**
 * The tile a box is, when it is one: its edges on the grid of a tile level, to the precision
 * `formatBbox` writes (six decimals). Any other box is an ordinary viewport.
 */
export function tileOfBox(box: Bbox): Tile | null {
  const level = Math.round(Math.log2(360 / (box.east - box.west)));
  if (!TILE_LEVELS.includes(level)) return null;
  const side = 2 ** level;
  const tile = { level, x: Math.round(((box.west + 180) / 360) * side), y: Math.round(((box.south + 90) / 180) * side) };
  if (tile.x < 0 || tile.x >= side || tile.y < 0 || tile.y >= side) return null;
  const exact = tileBox(tile);
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6;
  return close(exact.west, box.west) && close(exact.east, box.east) && close(exact.south, box.south) && close(exact.north, box.north) ? tile : null;
}
