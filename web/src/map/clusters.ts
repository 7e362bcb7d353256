import { useEffect, useState } from 'react';
import type Supercluster from 'supercluster';
import type { Bbox } from '#schema/bbox.ts';
import type { OpenShare } from '#schema/hours/open-status.ts';
import type { ClusterFeature, ListingFeature } from '#schema/listing.ts';

/** How many listings of a cluster are open now, closed now, or not known for sure, at the instant shown. */
export type OpenCounts = Record<OpenShare, number>;

export type MapPoint =
  | { kind: 'listing'; feature: ListingFeature }
  /** `counts` is null for the API's per-cell counts, which do not evaluate hours. */
  | { kind: 'cluster'; id: string; lat: number; lng: number; count: number; counts: OpenCounts | null; expansionZoom: number };

/** Above this zoom every listing is drawn on its own: streets are readable, clusters would hide shops. */
export const CLUSTER_MAX_ZOOM = 15;

type PointProps = { feature: ListingFeature };
// Flat numbers, not a nested object: supercluster copies a cluster's first point shallowly
// before reducing into it, so nested counts would be shared and counted again at every zoom.
type ClusterProps = OpenCounts;

export type ListingClusters = { pointsIn(box: Bbox, zoom: number): MapPoint[] };

/**
 * The clustering library stays out of the map page's first load: it is asked for as this module
 * loads, alongside the first listings request, and the map draws its points once it is there.
 */
let SuperclusterClass: typeof Supercluster | null = null;
const superclusterLoaded = import('supercluster').then((module) => {
  SuperclusterClass = module.default;
});

/** True once listings can be clustered; the component re-renders when they can. */
export function useClusteringReady(): boolean {
  const [ready, setReady] = useState(SuperclusterClass !== null);
  useEffect(() => {
    if (!ready) void superclusterLoaded.then(() => setReady(true));
  }, [ready]);
  return ready;
}

const NOTHING_YET: ListingClusters = { pointsIn: () => [] };

/** Indexes the listings once per instant; each pan or zoom then only asks the index, as smooth with 50,000 points as with 50. */
export function clusterListings(features: readonly ListingFeature[], shareOf: (feature: ListingFeature) => OpenShare): ListingClusters {
  // Drawing every point unclustered meanwhile could mean 50,000 markers for a moment.
  if (!SuperclusterClass) return NOTHING_YET;
  const index = new SuperclusterClass<PointProps, ClusterProps>({
    radius: 56,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (props) => {
      const share = shareOf(props.feature);
      return { open: share === 'open' ? 1 : 0, closed: share === 'closed' ? 1 : 0, unsure: share === 'unsure' ? 1 : 0 };
    },
    reduce: (into, props) => {
      into.open += props.open;
      into.closed += props.closed;
      into.unsure += props.unsure;
    },
  });
  index.load(features.map((feature) => ({ type: 'Feature', geometry: feature.geometry, properties: { feature } })));
  return {
    pointsIn(box, zoom) {
      return index.getClusters([box.west, box.south, box.east, box.north], Math.round(zoom)).map((point): MapPoint => {
        const [lng, lat] = point.geometry.coordinates as [number, number];
        if ('cluster' in point.properties && point.properties.cluster) {
          const { cluster_id: id, point_count: count, open, closed, unsure } = point.properties;
          return { kind: 'cluster', id: `c${id}`, lat, lng, count, counts: { open, closed, unsure }, expansionZoom: index.getClusterExpansionZoom(id) };
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
    counts: null,
    expansionZoom: Math.min(CLUSTER_MAX_ZOOM + 1, Math.round(zoom) + 2),
  }));
}
