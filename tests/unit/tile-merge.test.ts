import { describe, expect, it } from 'vitest';
import type { ClusterFeature, ListingFeature, ListingsAnswer } from '#schema/listing.ts';
import { mergeTiles } from '#schema/geo/tile-merge.ts';

const view = { west: 5.3, south: 43.2, east: 5.5, north: 43.4 };

const listing = (id: string, lng: number, lat: number): ListingFeature =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [lng, lat] }, properties: { id, name: id, status: 'open' } }) as unknown as ListingFeature;

const cell = (id: string, lng: number, lat: number, count: number): ClusterFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lng, lat] },
  properties: { level: 16, cell: 1, count, statuses: { open: count, adapted: 0, temporarily_closed: 0, permanently_closed: 0 } },
});

const listings = (...features: ListingFeature[]): ListingsAnswer => ({ type: 'FeatureCollection', kind: 'listings', features, truncated: false });
const clusters = (...features: ClusterFeature[]): ListingsAnswer => ({ type: 'FeatureCollection', kind: 'clusters', features, truncated: false, ignoredFilters: ['open'] });

describe('the answer of a view from its tiles', () => {
  it('keeps each listing once, and only those in the view', () => {
    const merged = mergeTiles(view, [listings(listing('a', 5.35, 43.3), listing('far', 5.6, 43.3)), listings(listing('b', 5.45, 43.25), listing('a', 5.35, 43.3))]);
    expect(merged.kind).toBe('listings');
    expect(merged.features.map((f) => f.id)).toEqual(['a', 'b']);
  });

  it('is clusters when a tile is too dense for points, the sparser tiles drawn as clusters of one', () => {
    const merged = mergeTiles(view, [clusters(cell('16-1', 5.32, 43.3, 700), cell('16-2', 5.2, 43.3, 5)), listings(listing('b', 5.45, 43.25))]);
    expect(merged.kind).toBe('clusters');
    if (merged.kind !== 'clusters') return;
    expect(merged.features.map((f) => [f.id, f.properties.count])).toEqual([
      ['16-1', 700],
      ['listing-b', 1],
    ]);
    expect(merged.features[1]?.properties.statuses.open).toBe(1);
    expect(merged.ignoredFilters).toEqual(['open']);
  });

  it('is an empty list for empty tiles', () => {
    expect(mergeTiles(view, [listings(), listings()])).toEqual({ type: 'FeatureCollection', kind: 'listings', features: [], truncated: false });
  });
});
