/** RFC 5870 `geo:` URI; the `q` label is what Android's map apps show on the pin. */
export function geoUri(place: { lat: number; lng: number; name: string }): string {
  const point = `${place.lat},${place.lng}`;
  return `geo:${point}?q=${point}(${encodeURIComponent(place.name)})`;
}

/** OpenStreetMap's route planner with the destination filled in and the start left to the resident. */
export function webDirectionsUrl(place: { lat: number; lng: number }): string {
  return `https://www.openstreetmap.org/directions?route=${encodeURIComponent(`;${place.lat},${place.lng}`)}#map=17/${place.lat}/${place.lng}`;
}
