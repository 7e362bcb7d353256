import { describe, expect, it } from 'vitest';
import type { ListingFeature } from '#schema/listing.ts';
import { EDGE_CACHE_SECONDS, listingsMaxAge } from '#worker/cache-age.ts';

describe('the cache age of a listings answer', () => {
  const now = Date.parse('2026-11-20T10:00:20Z');
  const feature = (nextChange: string | null) => ({ properties: { next_change: nextChange } }) as unknown as ListingFeature;
  const listings = (...changes: Array<string | null>) => ({ type: 'FeatureCollection' as const, kind: 'listings' as const, truncated: false, features: changes.map(feature) });
  const forNow = { open: false, at: null };

  it('ends when the first listing in it opens or closes', () => {
    expect(listingsMaxAge(listings('2026-11-20T12:00:00Z', '2026-11-20T10:00:50Z', null), forNow, now)).toBe(30);
    expect(listingsMaxAge(listings('2026-11-20T12:00:00Z'), forNow, now)).toBe(EDGE_CACHE_SECONDS);
  });

  it('ends with the minute for "open now", which cannot see when the closed ones open', () => {
    expect(listingsMaxAge(listings('2026-11-20T12:00:00Z'), { open: true, at: null }, now)).toBe(40);
  });

  it('is the full age for an instant asked for', () => {
    expect(listingsMaxAge(listings('2026-11-20T10:00:21Z'), { open: true, at: new Date('2026-11-20T10:00:00Z') }, now)).toBe(EDGE_CACHE_SECONDS);
  });
});
