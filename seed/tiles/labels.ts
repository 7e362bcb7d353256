import { worldPixel, type Box } from './web-mercator.ts';

export type Place = { name: string; lng: number; lat: number; population: number };
/** A commune name placed once per zoom in world pixels, so tiles that share it draw it alike. */
export type PlacedLabel = { name: string; x: number; y: number; fontSize: number; left: number; top: number; right: number; bottom: number };

/** Smallest population labelled at each zoom: a handful of cities far out, every commune close in. */
function minimumPopulation(zoom: number): number {
  if (zoom <= 5) return 400_000;
  if (zoom <= 6) return 150_000;
  if (zoom <= 7) return 60_000;
  if (zoom <= 8) return 20_000;
  if (zoom <= 9) return 8_000;
  if (zoom <= 10) return 2_500;
  if (zoom <= 11) return 800;
  return 0;
}

const GRID = 64;

/** Greedy placement, most populated first; a name that would overlap one already placed is left out. */
export function placeLabels(places: readonly Place[], zoom: number, area: Box): PlacedLabel[] {
  const minimum = minimumPopulation(zoom);
  const candidates = places
    .filter((p) => p.population >= minimum && p.lng >= area.west && p.lng <= area.east && p.lat >= area.south && p.lat <= area.north)
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  const grid = new Map<string, PlacedLabel[]>();
  const cellsOf = (label: Pick<PlacedLabel, 'left' | 'top' | 'right' | 'bottom'>) => {
    const keys: string[] = [];
    for (let gx = Math.floor(label.left / GRID); gx <= Math.floor(label.right / GRID); gx++) {
      for (let gy = Math.floor(label.top / GRID); gy <= Math.floor(label.bottom / GRID); gy++) keys.push(`${gx}:${gy}`);
    }
    return keys;
  };
  const placed: PlacedLabel[] = [];
  for (const place of candidates) {
    const { x, y } = worldPixel(place.lng, place.lat, zoom);
    const fontSize = place.population >= 100_000 ? 13 : place.population >= 10_000 ? 12 : 11;
    const width = place.name.length * fontSize * 0.56;
    const label = { name: place.name, x, y, fontSize, left: x - 4, top: y - fontSize / 2 - 3, right: x + 6 + width, bottom: y + fontSize / 2 + 3 };
    const keys = cellsOf(label);
    const overlaps = keys.some((key) => grid.get(key)?.some((other) => label.left < other.right && label.right > other.left && label.top < other.bottom && label.bottom > other.top));
    if (overlaps) continue;
    placed.push(label);
    for (const key of keys) grid.set(key, [...(grid.get(key) ?? []), label]);
  }
  return placed;
}
