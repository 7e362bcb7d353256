import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { MapContainer, Marker, TileLayer, useMapEvents } from 'react-leaflet';
import type { Bbox } from '#schema/bbox.ts';
import type { ListingFeature } from '#schema/listing.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { STATUS_SYMBOL } from '../listings/StatusBadge.tsx';

type Props = {
  tenant: PublicTenant;
  features: ListingFeature[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onViewChange: (box: Bbox, centre: { lat: number; lng: number }) => void;
};

function ViewReporter({ onViewChange }: { onViewChange: Props['onViewChange'] }) {
  const map = useMapEvents({
    moveend: () => report(),
  });
  // The first fetch must use the box actually on screen, not the territory's bounds.
  useEffect(() => report(), []);
  function report() {
    const bounds = map.getBounds();
    const centre = map.getCenter();
    onViewChange(
      {
        west: Math.max(-180, bounds.getWest()),
        south: Math.max(-90, bounds.getSouth()),
        east: Math.min(180, bounds.getEast()),
        north: Math.min(90, bounds.getNorth()),
      },
      { lat: centre.lat, lng: centre.lng },
    );
  }
  return null;
}

const iconCache = new Map<string, L.DivIcon>();
function markerIcon(status: ListingFeature['properties']['status'], selected: boolean): L.DivIcon {
  const key = `${status}:${selected}`;
  let icon = iconCache.get(key);
  if (!icon) {
    icon = L.divIcon({
      className: `listing-marker status-${status}${selected ? ' is-selected' : ''}`,
      html: `<span aria-hidden="true">${STATUS_SYMBOL[status]}</span>`,
      iconSize: [26, 26],
      iconAnchor: [13, 13],
    });
    iconCache.set(key, icon);
  }
  return icon;
}

export function MapView({ tenant, features, selectedId, onSelect, onViewChange }: Props) {
  const markers = useMemo(
    () =>
      features.map((feature) => (
        <Marker
          key={feature.id}
          position={[feature.geometry.coordinates[1], feature.geometry.coordinates[0]]}
          icon={markerIcon(feature.properties.status, feature.id === selectedId)}
          title={feature.properties.name}
          alt={feature.properties.name}
          eventHandlers={{ click: () => onSelect(feature.id) }}
        />
      )),
    [features, selectedId, onSelect],
  );

  return (
    <MapContainer className="map" center={[tenant.map.centre.lat, tenant.map.centre.lng]} zoom={tenant.map.zoom} scrollWheelZoom>
      <TileLayer url={tenant.map.tileUrl} attribution={tenant.map.tileAttribution} />
      <ViewReporter onViewChange={onViewChange} />
      {markers}
    </MapContainer>
  );
}
