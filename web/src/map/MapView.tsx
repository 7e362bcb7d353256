import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, Marker, useMap, useMapEvents } from 'react-leaflet';
import { BasemapLayer } from './BasemapLayer.tsx';
import { mapMotionOptions, prefersReducedMotion } from './motion.ts';
import type { Bbox } from '#schema/bbox.ts';
import type { ClusterFeature, ListingFeature } from '#schema/listing.ts';
import { formatOpenStatus, openShare, statusTone } from '#schema/hours/open-status.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { useStatusLanguage } from '../listings/StatusBadge.tsx';
import type { StatusOf } from '../listings/use-status.ts';
import type { MapPosition } from '../view/view-state.ts';
import { cellPoints, clusterListings, useClusteringReady, type MapPoint } from './clusters.ts';
import { declutter } from './declutter.ts';
import { clusterIcon, listingIcon } from './marker-icons.ts';
import { MapMover, type MapTarget } from './MapMover.tsx';
import { OriginMarker } from './OriginMarker.tsx';

export type MapViewport = { box: Bbox; position: MapPosition };

type Props = {
  tenant: PublicTenant;
  initial: MapPosition | null;
  features: ListingFeature[];
  cells: ClusterFeature[];
  selectedId: string | null;
  /** Each listing's status at the instant shown, the same answer the list and the card give. */
  statusOf: StatusOf;
  origin: { lat: number; lng: number } | null;
  target: MapTarget | null;
  onSelect: (id: string) => void;
  onViewChange: (viewport: MapViewport) => void;
};

function viewportOf(map: L.Map): MapViewport {
  const bounds = map.getBounds();
  const centre = map.getCenter();
  return {
    box: {
      west: Math.max(-180, bounds.getWest()),
      south: Math.max(-90, bounds.getSouth()),
      east: Math.min(180, bounds.getEast()),
      north: Math.min(90, bounds.getNorth()),
    },
    position: { lat: centre.lat, lng: centre.lng, zoom: map.getZoom() },
  };
}

function Points({ features, cells, selectedId, statusOf, onSelect, onViewChange }: Pick<Props, 'features' | 'cells' | 'selectedId' | 'statusOf' | 'onSelect' | 'onViewChange'>) {
  const { t } = useTranslation();
  const language = useStatusLanguage();
  const map = useMap();
  const [viewport, setViewport] = useState(() => viewportOf(map));
  useMapEvents({
    moveend: () => {
      const next = viewportOf(map);
      setViewport(next);
      onViewChange(next);
    },
  });
  // The first fetch must use the box actually on screen, not the territory's bounds.
  useEffect(() => onViewChange(viewportOf(map)), []);

  const clusteringReady = useClusteringReady();
  const clusters = useMemo(
    () => clusterListings(features, (feature) => openShare(statusOf(feature))),
    // clusterListings reads the library once it has loaded, which the flag says.
    [features, statusOf, clusteringReady],
  );
  const points = useMemo(() => {
    const zoom = viewport.position.zoom;
    const drawn = cells.length > 0 ? cellPoints(cells, zoom) : clusters.pointsIn(viewport.box, zoom);
    return declutter(drawn, {
      toPixel: (lat, lng) => map.project([lat, lng], zoom),
      shareOf: (feature) => openShare(statusOf(feature)),
      expansionZoom: Math.min(map.getMaxZoom(), Math.round(zoom) + 1),
    });
  }, [cells, clusters, viewport, map, statusOf]);

  // Leaflet reads a marker's title only when it creates the marker: a marker is keyed on its words
  // as well as its id, so one whose status changes (the clock moved on, the hours model loaded
  // after it was drawn) is drawn again instead of keeping the words of its first draw.
  return points.map((point: MapPoint) => {
    if (point.kind === 'cluster') {
      const title = point.counts ? t('map.cluster', { count: point.count, ...point.counts }) : t('map.cell', { count: point.count });
      return (
        <Marker
          key={`${point.id} ${title}`}
          position={[point.lat, point.lng]}
          icon={clusterIcon(point.count, point.counts)}
          title={title}
          // flyTo animates whatever the map's zoomAnimation says: it is told apart.
          eventHandlers={{ click: () => map.flyTo([point.lat, point.lng], point.expansionZoom, { animate: !prefersReducedMotion() }) }}
        />
      );
    }
    const status = statusOf(point.feature);
    const title = `${point.feature.properties.name} — ${formatOpenStatus(status, language)}`;
    return (
      <Marker
        key={`${point.feature.id} ${title}`}
        position={[point.feature.geometry.coordinates[1], point.feature.geometry.coordinates[0]]}
        icon={listingIcon(statusTone(status), point.feature.id === selectedId)}
        title={title}
        eventHandlers={{ click: () => onSelect(point.feature.id) }}
      />
    );
  });
}

export function MapView({ tenant, initial, features, cells, selectedId, statusOf, origin, target, onSelect, onViewChange }: Props) {
  const start = initial ?? { ...tenant.map.centre, zoom: tenant.map.zoom };
  return (
    <MapContainer className="map" center={[start.lat, start.lng]} zoom={start.zoom} scrollWheelZoom {...mapMotionOptions()}>
      <BasemapLayer tiles={tenant.map.tiles} />
      <Points features={features} cells={cells} selectedId={selectedId} statusOf={statusOf} onSelect={onSelect} onViewChange={onViewChange} />
      {origin ? <OriginMarker position={origin} /> : null}
      <MapMover target={target} />
    </MapContainer>
  );
}
