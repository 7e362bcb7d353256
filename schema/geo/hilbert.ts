/**
 * A Hilbert curve over the whole world (longitude -180..180 × latitude -90..90), so that one key
 * serves mainland France and every overseas territory alike. 26 bits per axis give keys below
 * 2^52, exact as JavaScript numbers and as SQLite integers; a cell is about 0.4 × 0.3 m in France.
 *
 * Keys are built with arithmetic only: JavaScript's bit operators are 32-bit and would corrupt
 * anything past 2^31. Per-axis coordinates stay below 2^26, so bit tests on them are safe.
 */
export const HILBERT_ORDER = 26;
const SIDE = 2 ** HILBERT_ORDER;

/** Integer cell coordinates of a point at full order, clamped to the grid. */
export function gridX(lng: number): number {
  return Math.min(SIDE - 1, Math.max(0, Math.floor(((lng + 180) / 360) * SIDE)));
}

export function gridY(lat: number): number {
  return Math.min(SIDE - 1, Math.max(0, Math.floor(((lat + 90) / 180) * SIDE)));
}

/** Position of cell (x, y) along the Hilbert curve of a 2^order × 2^order grid. */
export function hilbertIndex(x: number, y: number, order: number): number {
  const n = 2 ** order;
  let d = 0;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        x = n - 1 - x;
        y = n - 1 - y;
      }
      const t = x;
      x = y;
      y = t;
    }
  }
  return d;
}

/** The spatial key stored in `listings.h`. Every write of a listing's position must set it from here. */
export function hilbertKey(lat: number, lng: number): number {
  return hilbertIndex(gridX(lng), gridY(lat), HILBERT_ORDER);
}

/** The cell of level `level` (0 = the world, 26 = full order) that holds the key: a key prefix. */
export function cellOfKey(key: number, level: number): number {
  return Math.floor(key / 4 ** (HILBERT_ORDER - level));
}
