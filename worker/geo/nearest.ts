import { CLUSTER_LEVELS } from '#schema/geo/cells.ts';
import { boxAround, distanceMetres } from '#schema/geo/distance.ts';
import { mergeRanges, neighbourhood, type KeyRange } from '#schema/geo/ranges.ts';
import type { ListingFeature, ListingFeatureCollection } from '#schema/listing.ts';
import type { ListingFilters } from '#schema/queries.ts';
import { scanBox } from '../db/listings-box.ts';
import { readCellCounts } from '../db/listings-cells.ts';
import type { ListingRow } from '../db/listings.ts';
import type { Tenant } from '../tenant.ts';
import { featureBuilder } from './features.ts';
import { searchInBox } from './text.ts';

/** Half the Earth's circumference: a search this wide has seen every listing. */
const MAX_RADIUS_M = 20_037_509;
const MIN_RADIUS_M = 50;
/** The first radius aims at this many candidates per listing wanted: usually one pass suffices. */
const HEADROOM = 1.6;
/** Text matches taken per pass: the best ones, ranked, before sorting by distance. */
const TEXT_CANDIDATES = 1000;

const metresBetween = (lat: number, lng1: number, lng2: number) => distanceMetres(lat, lng1, lat, lng2);

/**
 * A first radius from the maintained counts of the 3 × 3 cells around the point, from the finest
 * level up until they hold k listings: about nine rows read per level tried.
 */
async function startingRadius(db: D1Database, tenantId: number, lat: number, lng: number, k: number, filters: ListingFilters) {
  let rowsRead = 0;
  for (const level of [...CLUSTER_LEVELS].reverse()) {
    const around = neighbourhood(lat, lng, level);
    const ranges = mergeRanges(around.cells.map((cell): KeyRange => [cell, cell]), 9);
    const counts = await readCellCounts(db, tenantId, level, filters.categories, ranges);
    rowsRead += counts.rowsRead;
    const total = counts.cells.reduce((sum, cell) => sum + cell.count, 0);
    if (total >= k) {
      const { box } = around;
      const midLat = (box.south + box.north) / 2;
      const area = metresBetween(midLat, box.west, box.east) * distanceMetres(box.south, lng, box.north, lng);
      return { radius: Math.max(MIN_RADIUS_M, Math.sqrt((HEADROOM * k * area) / (Math.PI * total))), rowsRead };
    }
  }
  return { radius: MAX_RADIUS_M, rowsRead };
}

/** The k listings nearest the point that pass the filters, nearest first, with their distance. */
export async function nearestListings(
  db: D1Database,
  tenant: Tenant,
  lat: number,
  lng: number,
  k: number,
  filters: ListingFilters,
  now: Date,
): Promise<{ answer: ListingFeatureCollection; rowsRead: number }> {
  const build = featureBuilder(tenant, filters, now);
  const start = await startingRadius(db, tenant.id, lat, lng, k, filters);
  let { radius } = start;
  let rowsRead = start.rowsRead;
  for (;;) {
    const box = boxAround(lat, lng, radius);
    const found: Array<{ feature: ListingFeature; distance: number }> = [];
    const keep = (row: ListingRow) => {
      const distance = distanceMetres(lat, lng, row.lat, row.lng);
      if (distance > radius) return;
      const feature = build(row);
      if (feature) found.push({ feature, distance });
    };
    if (filters.q.trim() !== '') {
      const text = await searchInBox(db, tenant.id, box, filters, TEXT_CANDIDATES, (row) => (keep(row), null));
      rowsRead += text.rowsRead;
    } else {
      const scan = await scanBox(db, tenant.id, box, filters, 1000, (rows) => (rows.forEach(keep), false));
      rowsRead += scan.rowsRead;
    }
    if (found.length >= k || radius >= MAX_RADIUS_M) {
      found.sort((a, b) => a.distance - b.distance);
      const features = found.slice(0, k).map(({ feature, distance }) => {
        feature.properties.distance_m = Math.round(distance);
        return feature;
      });
      return { answer: { type: 'FeatureCollection', kind: 'listings', features, truncated: false }, rowsRead };
    }
    const growth = found.length > 0 ? Math.max(1.5, Math.sqrt((HEADROOM * k) / found.length)) : 2;
    radius = Math.min(MAX_RADIUS_M, radius * growth);
  }
}
