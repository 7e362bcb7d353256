import { describe, expect, it } from 'vitest';
import type { ListingFeature } from '#schema/listing.ts';
import type { MapPoint } from '../../web/src/map/clusters.ts';
import { declutter } from '../../web/src/map/declutter.ts';

/** A listing at a pixel position: one degree is one pixel, so positions read as screen distances. */
function listing(id: string, x: number, y: number): MapPoint {
  const feature = { type: 'Feature', id, geometry: { type: 'Point', coordinates: [x, y] }, properties: {} } as unknown as ListingFeature;
  return { kind: 'listing', feature };
}

const context = {
  toPixel: (lat: number, lng: number) => ({ x: lng, y: lat }),
  shareOf: (feature: ListingFeature) => (feature.id.startsWith('open') ? 'open' : 'closed') as 'open' | 'closed',
  expansionZoom: 17,
};

describe('declutter (markers never cover one another)', () => {
  it('keeps markers that do not touch as they are', () => {
    const points = [listing('open-a', 0, 0), listing('open-b', 26, 0), listing('closed-c', 0, 26)];
    expect(declutter(points, context)).toEqual(points);
  });

  it('merges two overlapping listings into a cluster that counts them by status', () => {
    const [merged, ...rest] = declutter([listing('open-a', 0, 0), listing('closed-b', 10, 4)], context);
    expect(rest).toEqual([]);
    expect(merged).toEqual({ kind: 'cluster', id: 'closed-b+open-a', lat: 2, lng: 5, count: 2, counts: { open: 1, closed: 1, unsure: 0 }, expansionZoom: 17 });
  });

  it('merges again when the grown cluster now covers a neighbour', () => {
    // The two first merge into a 34 px ring centred at x = 10, which then reaches the third at x = 38.
    const points = declutter([listing('open-a', 0, 0), listing('open-b', 20, 0), listing('open-c', 38, 0)], context);
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ kind: 'cluster', count: 3, counts: { open: 3, closed: 0, unsure: 0 } });
  });

  it('adds a listing to a cluster of the API, whose counts say nothing of the hours', () => {
    const cell: MapPoint = { kind: 'cluster', id: 'cell-1', lat: 0, lng: 0, count: 12, counts: null, expansionZoom: 12 };
    expect(declutter([cell, listing('open-a', 15, 0)], context)).toEqual([
      { kind: 'cluster', id: 'cell-1+open-a', lat: 0, lng: 15 / 13, count: 13, counts: null, expansionZoom: 17 },
    ]);
  });
});
