import Supercluster from 'supercluster';
import type { Bbox } from '#schema/bbox.ts';
import type { ClusterFeature, ListingFeature, StatusCounts } from '#schema/listing.ts';
import type { ListingStatus } from '#schema/status.ts';

export type { StatusCounts };

export type MapPoint =
  | { kind: 'listing'; feature: ListingFeature }
  | { kind: 'cluster'; id: string; lat: number; lng: number; count: number; counts: StatusCounts; expansionZoom: number };

/** Above this zoom every listing is drawn on its own: streets are readable, clusters would hide shops. */
export const CLUSTER_MAX_ZOOM = 15;

const emptyCounts = (): StatusCounts => ({ open: 0, adapted: 0, temporarily_closed: 0, permanently_closed: 0 });

type PointProps = { feature: ListingFeature };
type ClusterProps = { counts: StatusCounts };

export type ListingClusters = { pointsIn(box: Bbox, zoom: number): MapPoint[] };

/** Indexes the listings once; each pan or zoom then only asks the index, as smooth with 50,000 points as with 50. */
export function clusterListings(features: readonly ListingFeature[]): ListingClusters {
  const index = new Supercluster<PointProps, ClusterProps>({
    radius: 56,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (props) => ({ counts: { ...emptyCounts(), [props.feature.properties.status]: 1 } }),
    reduce: (into, props) => {
      for (const status of Object.keys(into.counts) as ListingStatus[]) into.counts[status] += props.counts[status];
    },
  });
  index.load(features.map((feature) => ({ type: 'Feature', geometry: feature.geometry, properties: { feature } })));
  return {
    pointsIn(box, zoom) {
      return index.getClusters([box.west, box.south, box.east, box.north], Math.round(zoom)).map((point): MapPoint => {
        const [lng, lat] = point.geometry.coordinates as [number, number];
        if ('cluster' in point.properties && point.properties.cluster) {
          const id = point.properties.cluster_id;
          return { kind: 'cluster', id: `c${id}`, lat, lng, count: point.properties.point_count, counts: point.properties.counts, expansionZoom: index.getClusterExpansionZoom(id) };
        }
        return { kind: 'listing', feature: (point.properties as PointProps).feature };
      });
    },
  };
}

/** The API's per-cell counts, drawn like the browser's own clusters; a click zooms two levels in. */
export function cellPoints(cells: readonly ClusterFeature[], zoom: number): MapPoint[] {
  return cells.map((cell) => ({
    kind: 'cluster',
    id: cell.id,
    lat: cell.geometry.coordinates[1],
    lng: cell.geometry.coordinates[0],
    count: cell.properties.count,
    counts: cell.properties.statuses,
    expansionZoom: Math.min(CLUSTER_MAX_ZOOM + 1, Math.round(zoom) + 2),
  }));
}
