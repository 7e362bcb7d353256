import * as L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { MapContainer, Marker, useMap } from 'react-leaflet';
import { BasemapLayer } from '../map/BasemapLayer.tsx';
import { mapMotionOptions } from '../map/motion.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { useRegisterTranslation } from './i18n.ts';

type Point = { lat: number; lng: number };

const PIN = L.divIcon({ className: 'register-pin', html: '<span aria-hidden="true"></span>', iconSize: [26, 26], iconAnchor: [13, 26] });
/** About 10 m: one keyboard step moves the pin along the street, not across the town. */
const NUDGE_DEG = 0.0001;

/** MapContainer props are set once: follow the pin by driving the map instance. */
function Follow({ point }: { point: Point }) {
  const map = useMap();
  useEffect(() => {
    if (!map.getBounds().pad(-0.2).contains([point.lat, point.lng])) map.setView([point.lat, point.lng], Math.max(map.getZoom(), 16));
  }, [map, point.lat, point.lng]);
  return null;
}

/**
 * The door of the business: drag the pin with a pointer, or move it with the buttons below
 * the map from the keyboard. The coordinates are also given as text.
 */
export function PinMap({ tenant, point, onMove }: { tenant: PublicTenant; point: Point; onMove: (point: Point) => void }) {
  const { t } = useRegisterTranslation();
  const handlers = useMemo(
    () => ({ dragend: (event: L.LeafletEvent) => onMove((event.target as L.Marker).getLatLng()) }),
    [onMove],
  );
  const nudge = (dLat: number, dLng: number) => onMove({ lat: round(point.lat + dLat), lng: round(point.lng + dLng) });
  return (
    <div className="pin-map">
      <MapContainer className="pin-map-canvas" center={[point.lat, point.lng]} zoom={16} scrollWheelZoom={false} keyboard={false} {...mapMotionOptions()}>
        <BasemapLayer tiles={tenant.map.tiles} />
        <Marker position={[point.lat, point.lng]} draggable icon={PIN} eventHandlers={handlers} keyboard={false} />
        <Follow point={point} />
      </MapContainer>
      <div className="pin-nudge" role="group" aria-label={t('address.nudge')}>
        <button type="button" onClick={() => nudge(NUDGE_DEG, 0)}>{t('address.north')}</button>
        <button type="button" onClick={() => nudge(-NUDGE_DEG, 0)}>{t('address.south')}</button>
        <button type="button" onClick={() => nudge(0, -NUDGE_DEG)}>{t('address.west')}</button>
        <button type="button" onClick={() => nudge(0, NUDGE_DEG)}>{t('address.east')}</button>
      </div>
      <p className="field-hint" aria-live="polite">
        {t('address.position', { lat: point.lat.toFixed(5), lng: point.lng.toFixed(5) })}
      </p>
    </div>
  );
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
