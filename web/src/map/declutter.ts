import type { OpenShare } from '#schema/hours/open-status.ts';
import type { ListingFeature } from '#schema/listing.ts';
import type { MapPoint, OpenCounts } from './clusters.ts';
import { clusterIconSize, LISTING_ICON_SIZE } from './marker-icons.ts';

type Pixel = { x: number; y: number };

/** What the map knows of where a point falls on screen and how a listing counts in a cluster. */
export type DeclutterContext = {
  toPixel: (lat: number, lng: number) => Pixel;
  shareOf: (feature: ListingFeature) => OpenShare;
  /** The zoom a merged group opens to when pressed. */
  expansionZoom: number;
};

type Placed = { point: MapPoint; at: Pixel; size: number };

const positionOf = (point: MapPoint) =>
  point.kind === 'cluster' ? { lat: point.lat, lng: point.lng } : { lat: point.feature.geometry.coordinates[1], lng: point.feature.geometry.coordinates[0] };
const countOf = (point: MapPoint) => (point.kind === 'cluster' ? point.count : 1);
const sizeOf = (point: MapPoint) => (point.kind === 'cluster' ? clusterIconSize(point.count) : LISTING_ICON_SIZE);
const idOf = (point: MapPoint) => (point.kind === 'cluster' ? point.id : point.feature.id);

function countsOf(point: MapPoint, shareOf: DeclutterContext['shareOf']): OpenCounts | null {
  if (point.kind === 'cluster') return point.counts;
  const share = shareOf(point.feature);
  return { open: share === 'open' ? 1 : 0, closed: share === 'closed' ? 1 : 0, unsure: share === 'unsure' ? 1 : 0 };
}

function merge(a: Placed, b: Placed, context: DeclutterContext): MapPoint {
  const [countA, countB] = [countOf(a.point), countOf(b.point)];
  const count = countA + countB;
  const [posA, posB] = [positionOf(a.point), positionOf(b.point)];
  const [countsA, countsB] = [countsOf(a.point, context.shareOf), countsOf(b.point, context.shareOf)];
  return {
    kind: 'cluster',
    id: [idOf(a.point), idOf(b.point)].sort().join('+'),
    lat: (posA.lat * countA + posB.lat * countB) / count,
    lng: (posA.lng * countA + posB.lng * countB) / count,
    count,
    counts: countsA && countsB ? { open: countsA.open + countsB.open, closed: countsA.closed + countsB.closed, unsure: countsA.unsure + countsB.unsure } : null,
    expansionZoom: context.expansionZoom,
  };
}

const overlap = (a: Placed, b: Placed) => {
  const reach = (a.size + b.size) / 2;
  return Math.abs(a.at.x - b.at.x) < reach && Math.abs(a.at.y - b.at.y) < reach;
};

/**
 * Merges markers whose icons would cover one another into one cluster, until none do: a marker
 * half hidden under another is a target too small to press (WCAG 2.5.8), and clustering by
 * distance alone lets a cluster's centre drift onto its neighbour or leaves shops of one building
 * stacked above the last clustered zoom.
 */
export function declutter(points: readonly MapPoint[], context: DeclutterContext): MapPoint[] {
  const place = (point: MapPoint): Placed => {
    const { lat, lng } = positionOf(point);
    return { point, at: context.toPixel(lat, lng), size: sizeOf(point) };
  };
  const placed = points.map(place);
  for (let merged = true; merged; ) {
    merged = false;
    search: for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        if (!overlap(placed[i]!, placed[j]!)) continue;
        placed[i] = place(merge(placed[i]!, placed[j]!, context));
        placed.splice(j, 1);
        merged = true;
        break search;
      }
    }
  }
  return placed.map(({ point }) => point);
}
