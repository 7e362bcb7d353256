import type { Bbox } from '../bbox-format.ts';
import type { ClusterFeature, ListingFeature, ListingsAnswer, StatusCounts } from '../listing.ts';

const inBox = (box: Bbox) => ([lng, lat]: readonly number[]) => lng! >= box.west && lng! <= box.east && lat! >= box.south && lat! <= box.north;

const noStatuses = (): StatusCounts => ({ open: 0, adapted: 0, temporarily_closed: 0, permanently_closed: 0 });

/** A listing drawn as a cluster of one, beside the clusters of denser tiles. */
function singleCluster(feature: ListingFeature, level: number): ClusterFeature {
  return {
    type: 'Feature',
    id: `listing-${feature.id}`,
    geometry: feature.geometry,
    properties: { level, cell: -1, count: 1, statuses: { ...noStatuses(), [feature.properties.status]: 1 } },
  };
}

/**
 * One answer for the view from the answers of its tiles: the listings (each once) or, when a
 * tile was too dense for points, clusters, with the listings of sparser tiles as clusters of
 * one so that the map and the zone list stay one kind. Only what lies in the view is kept.
 */
export function mergeTiles(box: Bbox, answers: readonly ListingsAnswer[]): ListingsAnswer {
  const seen = new Set<string>();
  const features: ListingFeature[] = [];
  const clusters: ClusterFeature[] = [];
  const ignoredFilters = new Set<string>();
  for (const answer of answers) {
    if (answer.kind === 'clusters') {
      clusters.push(...answer.features.filter((cell) => inBox(box)(cell.geometry.coordinates)));
      for (const name of answer.ignoredFilters) ignoredFilters.add(name);
      continue;
    }
    for (const feature of answer.features) {
      if (seen.has(feature.id) || !inBox(box)(feature.geometry.coordinates)) continue;
      seen.add(feature.id);
      features.push(feature);
    }
  }
  if (clusters.length === 0 && answers.every((answer) => answer.kind === 'listings')) {
    return { type: 'FeatureCollection', kind: 'listings', features, truncated: answers.some((answer) => answer.truncated) };
  }
  const level = clusters[0]?.properties.level ?? 0;
  return { type: 'FeatureCollection', kind: 'clusters', features: [...clusters, ...features.map((feature) => singleCluster(feature, level))], truncated: false, ignoredFilters: [...ignoredFilters] };
}
