/** Web Mercator (EPSG:3857) as slippy-map tiles use it: world pixels at a zoom, and tile ranges. */
export const TILE_SIZE = 256;

export function worldPixel(lng: number, lat: number, zoom: number): { x: number; y: number } {
  const scale = TILE_SIZE * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return { x: ((lng + 180) / 360) * scale, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale };
}

export type Box = { west: number; south: number; east: number; north: number };

/** The tiles of a zoom level that a box touches. */
export function tilesCovering(box: Box, zoom: number): Array<{ z: number; x: number; y: number }> {
  const last = 2 ** zoom - 1;
  const clamp = (value: number) => Math.min(last, Math.max(0, Math.floor(value / TILE_SIZE)));
  const topLeft = worldPixel(box.west, box.north, zoom);
  const bottomRight = worldPixel(box.east, box.south, zoom);
  const tiles: Array<{ z: number; x: number; y: number }> = [];
  for (let x = clamp(topLeft.x); x <= clamp(bottomRight.x); x++) for (let y = clamp(topLeft.y); y <= clamp(bottomRight.y); y++) tiles.push({ z: zoom, x, y });
  return tiles;
}
