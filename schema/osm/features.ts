import type { Category } from '../categories.ts';
import type { Commune } from '../communes.ts';
import type { RawImportRow } from '../console/import.ts';
import { DEFAULT_OSM_CATEGORIES, OSM_CATEGORY_KEYS } from './categories.ts';

/**
 * OpenStreetMap features (an Overpass Turbo GeoJSON export) as import rows: the same rows a
 * mapped CSV gives, with the element's id kept so that a re-import finds its listing. Shared by
 * the console's import screen and the tenant CLI.
 */

export type OsmFeature = {
  id?: unknown;
  geometry?: { type?: string; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
};

export type OsmImportRow = { osmId: string; checkDate: string | null; row: RawImportRow };
export type LeftOutFeature = { osmId: string; name: string; reason: 'no_category' | 'no_name' | 'no_position'; tag: string };
export type OsmRows = { rows: OsmImportRow[]; leftOut: LeftOutFeature[] };

const OSM_ID = /^(node|way|relation)\/\d{1,15}$/;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/** The first usable position: a point, or the mean of a line's or a ring's vertices (a building drawn as a way). */
function positionOf(geometry: OsmFeature['geometry']): { lat: number; lng: number } | null {
  const points: number[][] = [];
  const collect = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number') points.push(value as number[]);
    else for (const item of value) collect(item);
  };
  collect(geometry?.coordinates);
  if (points.length === 0) return null;
  const lng = points.reduce((sum, point) => sum + (point[0] as number), 0) / points.length;
  const lat = points.reduce((sum, point) => sum + (point[1] as number), 0) / points.length;
  return Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null;
}

const simplify = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** The commune the address names when it is the tenant's, else the one whose centre is nearest. */
function communeOf(communes: readonly Commune[], city: string, postcode: string, at: { lat: number; lng: number }): Commune | null {
  const wanted = simplify(city);
  const named = communes.filter((commune) => wanted !== '' && simplify(commune.name) === wanted);
  if (named.length > 0) return named.find((commune) => commune.postcode === postcode) ?? named[0] ?? null;
  let best: Commune | null = null;
  let bestDistance = Infinity;
  for (const commune of communes) {
    const dLat = commune.lat - at.lat;
    const dLng = (commune.lng - at.lng) * Math.cos((at.lat * Math.PI) / 180);
    const distance = dLat * dLat + dLng * dLng;
    if (distance < bestDistance) {
      best = commune;
      bestDistance = distance;
    }
  }
  return best;
}

function categoryOf(tags: Record<string, unknown>, mapping: Readonly<Record<string, Category>>): { category: Category | null; tag: string } {
  let firstTag = '';
  for (const key of OSM_CATEGORY_KEYS) {
    const value = text(tags[key]);
    if (value === '') continue;
    const tag = `${key}=${value}`;
    firstTag ||= tag;
    const category = mapping[tag];
    if (category) return { category, tag };
  }
  return { category: null, tag: firstTag };
}

const yes = (value: unknown) => ['yes', 'only'].includes(text(value).toLowerCase());

function servicesOf(tags: Record<string, unknown>): string {
  const services: string[] = [];
  if (yes(tags.delivery)) services.push('delivery');
  if (yes(tags.takeaway)) services.push('takeaway');
  if (yes(tags.drive_through)) services.push('drive');
  return services.join(';');
}

const firstOf = (tags: Record<string, unknown>, keys: readonly string[]) => keys.map((key) => text(tags[key])).find((value) => value !== '') ?? '';

/** `phone`/`contact:phone` may list several numbers: the first one is the listing's. */
const firstNumber = (value: string) => value.split(/[;,]/)[0]?.trim() ?? '';

export function osmRows(features: readonly OsmFeature[], communes: readonly Commune[], mapping: Readonly<Record<string, Category>> = DEFAULT_OSM_CATEGORIES): OsmRows {
  const rows: OsmImportRow[] = [];
  const leftOut: LeftOutFeature[] = [];
  for (const feature of features) {
    const tags = feature.properties ?? {};
    const osmId = [text(tags['@id']), text(feature.id)].find((id) => OSM_ID.test(id)) ?? '';
    const name = text(tags.name);
    const { category, tag } = categoryOf(tags, mapping);
    const position = positionOf(feature.geometry);
    if (!osmId) continue;
    if (!category) {
      leftOut.push({ osmId, name, reason: 'no_category', tag });
      continue;
    }
    if (!name) {
      leftOut.push({ osmId, name, reason: 'no_name', tag });
      continue;
    }
    if (!position) {
      leftOut.push({ osmId, name, reason: 'no_position', tag });
      continue;
    }
    const postcode = text(tags['addr:postcode']);
    const commune = communeOf(communes, text(tags['addr:city']), postcode, position);
    const street = [text(tags['addr:housenumber']), text(tags['addr:street']) || text(tags['addr:place'])].filter(Boolean).join(' ');
    rows.push({
      osmId,
      checkDate: firstOf(tags, ['check_date:opening_hours', 'check_date']) || null,
      row: {
        name,
        category,
        // With no street in OSM, the commune stands for the address: the pin says where.
        address: street || commune?.name || text(tags['addr:city']),
        postcode: postcode || commune?.postcode || '',
        commune: commune?.name ?? text(tags['addr:city']),
        communeInsee: commune?.insee ?? '',
        lat: String(position.lat),
        lng: String(position.lng),
        openingHours: text(tags.opening_hours),
        services: servicesOf(tags),
        phone: firstNumber(firstOf(tags, ['phone', 'contact:phone', 'contact:mobile'])),
        email: firstNumber(firstOf(tags, ['email', 'contact:email'])),
        website: firstOf(tags, ['website', 'contact:website', 'url']),
      },
    });
  }
  return { rows, leftOut };
}

/** An Overpass Turbo export is a FeatureCollection whose features carry OSM ids (`node/123`). */
export function isOsmExport(collection: { features?: readonly OsmFeature[] }): boolean {
  return (collection.features ?? []).some((feature) => OSM_ID.test(text(feature.properties?.['@id'])) || OSM_ID.test(text(feature.id)));
}
