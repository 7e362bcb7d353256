import { describe, expect, it } from 'vitest';
import { formatBbox } from '#schema/bbox-format.ts';
import { hilbertKey } from '#schema/geo/hilbert.ts';
import { TILE_LEVELS, tileBox, tileKeyRange, tileLevelForZoom, tileOfBox, tilesCovering } from '#schema/geo/tiles.ts';
import { createRandom } from '#seed/random.ts';

const between = (random: { next(): number }, min: number, max: number) => min + random.next() * (max - min);

const parse = (text: string) => {
  const [west, south, east, north] = text.split(',').map(Number) as [number, number, number, number];
  return { west, south, east, north };
};

describe('map tiles', () => {
  it('are recognised from the bbox the client writes, and no other box is', () => {
    const random = createRandom(5);
    for (let i = 0; i < 500; i++) {
      const level = random.pick(TILE_LEVELS);
      const [lng, lat] = [between(random, -180, 180), between(random, -90, 90)];
      const [tile] = tilesCovering({ west: lng, east: lng, south: lat, north: lat }, level);
      const box = parse(formatBbox(tileBox(tile!)));
      expect(tileOfBox(box)).toEqual(tile);
      expect(tileOfBox({ ...box, east: box.east + 1e-4 })).toBeNull();
      expect(tileOfBox({ ...box, west: box.west + (box.east - box.west) / 2, east: box.east + (box.east - box.west) / 2 })).toBeNull();
    }
  });

  it('hold exactly the keys of the points inside them', () => {
    const random = createRandom(6);
    for (let i = 0; i < 2000; i++) {
      const lat = between(random, -89, 89);
      const lng = between(random, -179, 179);
      const level = random.pick(TILE_LEVELS);
      const [tile] = tilesCovering({ west: lng, east: lng, south: lat, north: lat }, level);
      const [first, last] = tileKeyRange(tile!);
      const key = hilbertKey(lat, lng);
      expect(key >= first && key <= last).toBe(true);
    }
  });

  it('cover a box without gaps, one level for two zooms', () => {
    const box = { west: 5.35, south: 43.27, east: 5.42, north: 43.33 };
    const tiles = tilesCovering(box, tileLevelForZoom(14));
    const union = tiles.map(tileBox).reduce((a, b) => ({ west: Math.min(a.west, b.west), south: Math.min(a.south, b.south), east: Math.max(a.east, b.east), north: Math.max(a.north, b.north) }));
    expect(union.west).toBeLessThanOrEqual(box.west);
    expect(union.east).toBeGreaterThanOrEqual(box.east);
    expect(union.south).toBeLessThanOrEqual(box.south);
    expect(union.north).toBeGreaterThanOrEqual(box.north);
    expect(tileLevelForZoom(13)).toBe(tileLevelForZoom(14));
    expect(tileLevelForZoom(15)).toBe(tileLevelForZoom(14) + 2);
    expect(tileLevelForZoom(1)).toBe(TILE_LEVELS[0]);
    expect(tileLevelForZoom(22)).toBe(TILE_LEVELS[TILE_LEVELS.length - 1]);
  });
});
