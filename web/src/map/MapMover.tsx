import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Where the map must go; `key` changes on each request, so asking twice for one place moves twice. */
export type MapTarget = { lat: number; lng: number; zoom: number; key: number };

/** MapContainer's props are read once: later moves go through the map instance. */
export function MapMover({ target }: { target: MapTarget | null }) {
  const map = useMap();
  useEffect(() => {
    if (!target) return;
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    map.setView([target.lat, target.lng], target.zoom, { animate: !reduceMotion });
  }, [map, target]);
  return null;
}
