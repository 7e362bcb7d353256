import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bbox } from '#schema/bbox.ts';
import { HILBERT_ORDER, cellOfKey, gridX, gridY, hilbertIndex, hilbertKey } from '#schema/geo/hilbert.ts';
import { cellCount, cellRanges, coverCells, densityRanges, keyRanges, levelFor, mergeRanges, rangesFor, type CellDensity } from '#schema/geo/ranges.ts';
import { boxAround, distanceMetres } from '#schema/geo/distance.ts';

const lat = fc.double({ min: -90, max: 90, noNaN: true });
const lng = fc.double({ min: -180, max: 180, noNaN: true });

const box = fc
  .tuple(lat, lng, fc.double({ min: 0, max: 40, noNaN: true }), fc.double({ min: 0, max: 40, noNaN: true }))
  .map(([south, west, height, width]): Bbox => ({ west, south, east: Math.min(180, west + width ** 2 / 4), north: Math.min(90, south + height ** 2 / 4) }));

describe('hilbertIndex', () => {
  it('visits every cell of a small grid exactly once, each step to a neighbour', () => {
    const order = 4;
    const side = 2 ** order;
    const byIndex = new Map<number, [number, number]>();
    for (let x = 0; x < side; x++) for (let y = 0; y < side; y++) byIndex.set(hilbertIndex(x, y, order), [x, y]);
    expect([...byIndex.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: side * side }, (_, i) => i));
    for (let d = 1; d < side * side; d++) {
      const [x0, y0] = byIndex.get(d - 1)!;
      const [x1, y1] = byIndex.get(d)!;
      expect(Math.abs(x1 - x0) + Math.abs(y1 - y0)).toBe(1);
    }
  });

  it('gives a coarse cell the prefix of the keys of the points inside it', () => {
    fc.assert(
      fc.property(lat, lng, fc.integer({ min: 0, max: HILBERT_ORDER }), (la, ln, level) => {
        const shift = 2 ** (HILBERT_ORDER - level);
        const coarse = hilbertIndex(Math.floor(gridX(ln) / shift), Math.floor(gridY(la) / shift), level);
        expect(cellOfKey(hilbertKey(la, ln), level)).toBe(coarse);
      }),
    );
  });
});

describe('hilbertKey', () => {
  it('stays an exact integer below 2^52 anywhere on Earth, overseas and at the corners', () => {
    const places: Array<[number, number]> = [
      [-21.115, 55.536], // Saint-Denis, Réunion
      [16.241, -61.533], // Pointe-à-Pitre, Guadeloupe
      [4.938, -52.335], // Cayenne, French Guiana
      [-22.276, 166.458], // Nouméa, New Caledonia
      [90, 180],
      [-90, -180],
    ];
    for (const [la, ln] of places) {
      const key = hilbertKey(la, ln);
      expect(Number.isSafeInteger(key)).toBe(true);
      expect(key).toBeGreaterThanOrEqual(0);
      expect(key).toBeLessThan(2 ** 52);
    }
  });
});

describe('keyRanges', () => {
  it('covers the key of every point inside the box with a few sorted, disjoint ranges', () => {
    fc.assert(
      fc.property(box, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (b, u, v) => {
        const ranges = keyRanges(b);
        expect(ranges.length).toBeGreaterThan(0);
        expect(ranges.length).toBeLessThanOrEqual(rangesFor(b));
        for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![1] + 1);
        const la = b.south + (b.north - b.south) * v;
        const ln = b.west + (b.east - b.west) * u;
        const key = hilbertKey(la, ln);
        expect(ranges.some(([first, last]) => key >= first && key <= last)).toBe(true);
      }),
    );
  });

  it('covers a box much more tightly than its own extent in key space', () => {
    const marseille = { west: 5.36, south: 43.28, east: 5.39, north: 43.3 };
    const covered = keyRanges(marseille).reduce((sum, [first, last]) => sum + last - first + 1, 0);
    const cellsInBox = (gridX(marseille.east) - gridX(marseille.west) + 1) * (gridY(marseille.north) - gridY(marseille.south) + 1);
    expect(covered / cellsInBox).toBeLessThan(1.6);
  });

  it('answers one range for a single point', () => {
    expect(keyRanges({ west: 5.4, south: 43.3, east: 5.4, north: 43.3 })).toHaveLength(1);
  });
});

describe('densityRanges', () => {
  /** The counts a request reads: the cells of the finest level that cover the box in at most 16. */
  function densityOf(b: Bbox, points: Array<[number, number]>): CellDensity {
    const level = Math.min(16, levelFor(b, 16));
    const touching = new Set(coverCells(b, level).map(({ index }) => index));
    const counts = new Map<number, number>();
    for (const [la, ln] of points) {
      const cell = cellOfKey(hilbertKey(la, ln), level);
      if (touching.has(cell)) counts.set(cell, (counts.get(cell) ?? 0) + 1);
    }
    return { level, counts, touching };
  }
  const pointsAround = (b: Bbox) =>
    fc.array(
      fc.tuple(fc.double({ min: -0.2, max: 1.2, noNaN: true }), fc.double({ min: -0.2, max: 1.2, noNaN: true })).map(([v, u]): [number, number] => [
        Math.max(-90, Math.min(90, b.south + (b.north - b.south) * v)),
        Math.max(-180, Math.min(180, b.west + (b.east - b.west) * u)),
      ]),
      { maxLength: 40 },
    );

  it('covers every counted point inside the box, in sorted disjoint ranges', () => {
    fc.assert(
      fc.property(
        box.chain((b) => fc.tuple(fc.constant(b), pointsAround(b))),
        ([b, points]) => {
          const ranges = densityRanges(b, densityOf(b, points), 12);
          expect(ranges.length).toBeLessThanOrEqual(12);
          for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![1]);
          for (const [la, ln] of points) {
            if (la < b.south || la > b.north || ln < b.west || ln > b.east) continue;
            const key = hilbertKey(la, ln);
            expect(ranges.some(([first, last]) => key >= first && key <= last)).toBe(true);
          }
        },
      ),
    );
  });

  it('seeks nothing where the counts show no listing', () => {
    const paris = { west: 2.33, south: 48.85, east: 2.36, north: 48.87 };
    expect(cellCount(paris, densityOf(paris, []).level)).toBeGreaterThan(1);
    expect(densityRanges(paris, densityOf(paris, []))).toEqual([]);
  });

  it('keeps apart the ranges of two far corners of a box, and reads one range for a lone point', () => {
    const paris = { west: 2.2, south: 48.8, east: 2.5, north: 48.9 };
    const corners: Array<[number, number]> = [...Array(50).fill([48.801, 2.201]), ...Array(50).fill([48.899, 2.499])];
    const ranges = densityRanges(paris, densityOf(paris, corners));
    const span = ranges.reduce((sum, [first, last]) => sum + last - first + 1, 0);
    const plain = keyRanges(paris).reduce((sum, [first, last]) => sum + last - first + 1, 0);
    expect(span).toBeLessThan(plain / 4);
    expect(densityRanges(paris, densityOf(paris, [[48.85, 2.35]]))).toHaveLength(1);
  });
});

describe('mergeRanges and cellRanges', () => {
  it('joins touching ranges and closes the smallest gaps first', () => {
    expect(mergeRanges([[0, 1], [2, 3], [10, 11], [13, 14], [40, 41]], 2)).toEqual([[0, 14], [40, 41]]);
  });

  it('lists the whole world as one range at level 0', () => {
    expect(cellRanges({ west: -180, south: -90, east: 180, north: 90 }, 0)).toEqual([[0, 0]]);
  });
});

describe('boxAround', () => {
  it('holds every point within the radius', () => {
    fc.assert(
      fc.property(fc.double({ min: -80, max: 80, noNaN: true }), fc.double({ min: -170, max: 170, noNaN: true }), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), (la, ln, bearing) => {
        const radius = 5000;
        const b = boxAround(la, ln, radius);
        const pLat = la + ((radius * 0.999) / 111_195) * Math.cos(bearing);
        const pLng = ln + ((radius * 0.999) / (111_195 * Math.cos((pLat * Math.PI) / 180))) * Math.sin(bearing);
        if (distanceMetres(la, ln, pLat, pLng) <= radius) {
          expect(pLat).toBeGreaterThanOrEqual(b.south);
          expect(pLat).toBeLessThanOrEqual(b.north);
          expect(pLng).toBeGreaterThanOrEqual(b.west);
          expect(pLng).toBeLessThanOrEqual(b.east);
        }
      }),
    );
  });
});
