import { CLUSTER_LEVELS } from '#schema/geo/cells.ts';
import { boxAround, distanceMetres } from '#schema/geo/distance.ts';
import { mergeRanges, neighbourhood, type KeyRange } from '#schema/geo/ranges.ts';
import type { ListingFeature, ListingFeatureCollection } from '#schema/listing.ts';
import type { ListingFilters } from '#schema/queries.ts';
import { boxSegments, scanBox } from '../db/listings-box.ts';
import { readCellCounts } from '../db/listings-cells.ts';
import { PUBLIC_COLUMNS, type ListingRow } from '../db/listings.ts';
import type { TenantRead } from '../middleware/public-read-tenant.ts';
import type { Tenant } from '../tenant.ts';
import { featureBuilder } from './features.ts';
import { filtersCountsIgnore } from './viewport.ts';
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

/** The whole world as one key range: the read when even the coarsest counts hold fewer than k. */
const WORLD_LEVEL = 0;
const FIRST_CATEGORY_PARAMETER = 3;

/** The farthest corner of the box from the point: the circle of that radius holds the whole box. */
const coveringRadius = (lat: number, lng: number, box: { west: number; south: number; east: number; north: number }) =>
  Math.max(...[box.south, box.north].flatMap((cornerLat) => [box.west, box.east].map((cornerLng) => distanceMetres(lat, lng, cornerLat, cornerLng))));

/**
 * The k nearest listings in one statement, when the maintained counts honour every filter (no
 * text, no "open now", no service): the counts of the 3 × 3 cells around the point at every
 * level, finest first, pick the first level holding k listings; the circle holding those cells then holds the
 * k nearest, and only its box is read (its key ranges are in the statement for every level, the
 * chosen level's alone are sought). Null when a filter would need another pass.
 */
export function nearestRead(db: D1Database, tenant: Tenant, lat: number, lng: number, k: number, filters: ListingFilters, now: Date): TenantRead<ListingFeatureCollection> | null {
  if (filters.q.trim() !== '' || filtersCountsIgnore(filters).length > 0) return null;
  const categoryRefs = (filters.categories.length > 0 ? filters.categories : ['']).map((_, i) => `?${FIRST_CATEGORY_PARAMETER + i}`);
  const levels = [...CLUSTER_LEVELS].reverse().map((level) => {
    const around = neighbourhood(lat, lng, level);
    return { level, cells: around.cells, radius: coveringRadius(lat, lng, around.box) };
  });
  const reads = [...levels.map(({ level, radius }) => ({ level, radius })), { level: WORLD_LEVEL, radius: MAX_RADIUS_M }].map(({ level, radius }) => ({ level, radius, box: boxAround(lat, lng, radius) }));
  const seeks = reads.flatMap(({ level, box }) =>
    boxSegments(box, filters.categories).map(([first, last, category]) => {
      const tag = category === null ? 'NULL' : categoryRefs[filters.categories.indexOf(category)]!;
      return `(${level}, ${first}, ${last}, ${tag}, ${box.south}, ${box.north}, ${box.west}, ${box.east})`;
    }),
  );
  // A CASE is evaluated in order and stops at its first true WHEN: where listings are dense, only
  // the finest cells are counted.
  const chosenLevel = `CASE ${levels
    .map(({ level, cells }) => `WHEN (SELECT coalesce(sum(n), 0) FROM listing_cells WHERE tenant_id = ?1 AND level = ${level}
      AND category IN (${categoryRefs.join(', ')}) AND cell IN (${cells.join(', ')})) >= ?2 THEN ${level}`)
    .join(' ')} ELSE ${WORLD_LEVEL} END`;
  const byCategory = filters.categories.length > 0;
  const statement = db
    .prepare(`WITH seeks(level, first, last, tag, south, north, west, east) AS (VALUES ${seeks.join(', ')})
      SELECT ${PUBLIC_COLUMNS}
      FROM seeks CROSS JOIN listings l INDEXED BY ${byCategory ? 'listings_tenant_category_h' : 'listings_tenant_h'}
      WHERE seeks.level = (${chosenLevel}) AND l.tenant_id = ?1 AND l.published = 1 ${byCategory ? 'AND l.category = seeks.tag' : ''}
        AND l.h BETWEEN seeks.first AND seeks.last AND l.lat BETWEEN seeks.south AND seeks.north AND l.lng BETWEEN seeks.west AND seeks.east`)
    .bind(tenant.id, k, ...(byCategory ? filters.categories : ['']));
  return {
    statements: [statement],
    answer([result]) {
      const build = featureBuilder(tenant, filters, now);
      const found: Array<{ feature: ListingFeature; distance: number }> = [];
      for (const row of (result as D1Result<ListingRow>).results) {
        const feature = build(row);
        if (feature) found.push({ feature, distance: distanceMetres(lat, lng, row.lat, row.lng) });
      }
      found.sort((a, b) => a.distance - b.distance);
      const features = found.slice(0, k).map(({ feature, distance }) => {
        feature.properties.distance_m = Math.round(distance);
        return feature;
      });
      return { type: 'FeatureCollection', kind: 'listings', features, truncated: false };
    },
  };
}
