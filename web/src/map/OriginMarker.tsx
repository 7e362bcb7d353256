import { CircleMarker } from 'react-leaflet';

/** The place the list measures distances from; the list and its heading say it in words. */
export function OriginMarker({ position }: { position: { lat: number; lng: number } }) {
  return (
    <CircleMarker
      center={[position.lat, position.lng]}
      radius={9}
      pathOptions={{ color: '#ffffff', weight: 3, fillColor: '#1a4fd6', fillOpacity: 1 }}
      interactive={false}
    />
  );
}
