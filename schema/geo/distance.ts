import type { Bbox } from '../bbox.ts';

const EARTH_RADIUS_M = 6_371_008.8;
const METRES_PER_DEGREE_LAT = (Math.PI * EARTH_RADIUS_M) / 180;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine): exact enough for "350 m away". */
export function distanceMetres(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = radians(lat2 - lat1);
  const dLng = radians(lng2 - lng1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The box holding every point within `radius` metres of the centre. Where the circle reaches a
 * pole or the antimeridian (Wallis-et-Futuna is near it) the box takes every longitude: one key
 * range set cannot wrap, and a wider box only costs reads, never a missed listing.
 */
export function boxAround(lat: number, lng: number, radius: number): Bbox {
  const dLat = radius / METRES_PER_DEGREE_LAT;
  const south = Math.max(-90, lat - dLat);
  const north = Math.min(90, lat + dLat);
  const widest = Math.max(Math.abs(south), Math.abs(north));
  const cos = Math.cos(radians(widest));
  const dLng = cos > 1e-9 ? radius / (METRES_PER_DEGREE_LAT * cos) : 360;
  if (widest >= 90 || lng - dLng < -180 || lng + dLng > 180) return { west: -180, south, east: 180, north };
  return { west: lng - dLng, south, east: lng + dLng, north };
}

export function boxContains(box: Bbox, lat: number, lng: number): boolean {
  return lat >= box.south && lat <= box.north && lng >= box.west && lng <= box.east;
}

export function boxCentre(box: Bbox): { lat: number; lng: number } {
  return { lat: (box.south + box.north) / 2, lng: (box.west + box.east) / 2 };
}
