import { describe, expect, it } from 'vitest';
import { formatBbox } from '#schema/bbox-format.ts';
import { hilbertKey } from '#schema/geo/hilbert.ts';
import { TILE_LEVELS, tileBox, tileKeyRange, tileLevelForBox, tileOfBox, tilesCovering } from '#schema/geo/tiles.ts';
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

  it('cover a view without gaps, in at most 3 × 3 tiles', () => {
    const random = createRandom(7);
    for (let i = 0; i < 500; i++) {
      const width = 10 ** between(random, -3, 1);
      const height = width * between(random, 0.3, 2);
      const west = between(random, -170, 170 - width);
      const south = between(random, -80, 80 - height);
      const box = { west, south, east: west + width, north: south + height };
      const tiles = tilesCovering(box, tileLevelForBox(box));
      expect(tiles.length).toBeLessThanOrEqual(9);
      const union = tiles.map(tileBox).reduce((a, b) => ({ west: Math.min(a.west, b.west), south: Math.min(a.south, b.south), east: Math.max(a.east, b.east), north: Math.max(a.north, b.north) }));
      expect(union.west).toBeLessThanOrEqual(box.west);
      expect(union.east).toBeGreaterThanOrEqual(box.east);
      expect(union.south).toBeLessThanOrEqual(box.south);
      expect(union.north).toBeGreaterThanOrEqual(box.north);
    }
  });

  it('are shared by views of about the same size', () => {
    const phone = { west: 5.36, south: 43.28, east: 5.394, north: 43.328 };
    const panned = { west: 5.372, south: 43.29, east: 5.406, north: 43.338 };
    expect(tileLevelForBox(phone)).toBe(12);
    expect(tileLevelForBox(panned)).toBe(12);
    const shared = tilesCovering(phone, 12).filter((a) => tilesCovering(panned, 12).some((b) => a.x === b.x && a.y === b.y));
    expect(shared.length).toBeGreaterThan(0);
  });
});
