import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { prefersReducedMotion } from './motion.ts';

/** Where the map must go; `key` changes on each request, so asking twice for one place moves twice. */
export type MapTarget = { lat: number; lng: number; zoom: number; key: number };

/** MapContainer's props are read once: later moves go through the map instance. */
export function MapMover({ target }: { target: MapTarget | null }) {
  const map = useMap();
  useEffect(() => {
    if (!target) return;
    map.setView([target.lat, target.lng], target.zoom, { animate: !prefersReducedMotion() });
  }, [map, target]);
  return null;
}
