// Kept apart from the zod schema so the map page can build query strings without loading zod.
export type Bbox = { west: number; south: number; east: number; north: number };

export function formatBbox(box: Bbox): string {
  return [box.west, box.south, box.east, box.north].map((n) => n.toFixed(6)).join(',');
}
