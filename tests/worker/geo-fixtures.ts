import { buildListing, type Commune, type ListingRecord } from '#seed/factories.ts';
import { createRandom } from '#seed/random.ts';
import type { Bbox } from '#schema/bbox.ts';
import { evaluateListing } from '#schema/hours/index.ts';
import { queryWords, categoriesForWord, foldText } from '#schema/search/category-words.ts';
import type { ListingFilters } from '#schema/queries.ts';
import { hoursSettingsOf } from '#worker/services/tenant-hours.ts';
import type { Tenant } from '#worker/tenant.ts';

/** Places far apart, on both sides of the equator and of Greenwich, dense and sparse. */
export const PLACES: Commune[] = [
  { insee: '13201', name: 'Marseille', postcode: '13001', lat: 43.2999, lng: 5.3841, population: 800000 },
  { insee: '56260', name: 'Vannes', postcode: '56000', lat: 47.6559, lng: -2.7603, population: 54000 },
  { insee: '97411', name: 'Saint-Denis', postcode: '97400', lat: -20.8823, lng: 55.4504, population: 150000 },
  { insee: '97120', name: 'Pointe-à-Pitre', postcode: '97110', lat: 16.2411, lng: -61.5331, population: 16000 },
  { insee: '97302', name: 'Cayenne', postcode: '97300', lat: 4.9372, lng: -52.326, population: 60000 },
  { insee: '98818', name: 'Nouméa', postcode: '98800', lat: -22.2758, lng: 166.458, population: 94000 },
  { insee: '04001', name: 'Aiglun', postcode: '04510', lat: 44.0636, lng: 6.1336, population: 1400 },
];

export function buildGeoListings(seed: number, tenantId: number, perPlace: number, now: Date): ListingRecord[] {
  const random = createRandom(seed);
  return PLACES.flatMap((place) => Array.from({ length: perPlace }, () => buildListing(random, tenantId, place, now)));
}

export const inBox = (box: Bbox, l: { lat: number; lng: number }) => l.lat >= box.south && l.lat <= box.north && l.lng >= box.west && l.lng <= box.east;

/** What a text query should find, written the slow, obvious way. */
export function matchesText(listing: ListingRecord, text: string): boolean {
  const words = queryWords(text);
  if (words.length === 0) return true;
  const own = foldText(`${listing.name} ${listing.products}`).split(/[^\p{L}\p{N}]+/u);
  return words.every((word) => own.some((candidate) => candidate.startsWith(word)) || categoriesForWord(word).includes(listing.category));
}

/** The filters applied one listing at a time: the reference the indexed queries must equal. */
export function matchesFilters(listing: ListingRecord, filters: ListingFilters, tenant: Tenant, at: Date): boolean {
  if (filters.categories.length > 0 && !filters.categories.includes(listing.category)) return false;
  const services = JSON.parse(listing.services) as string[];
  if (filters.services.length > 0 && !filters.services.some((s) => services.includes(s))) return false;
  if (!matchesText(listing, filters.q)) return false;
  if (filters.open) {
    const evaluation = evaluateListing({ openingHours: listing.opening_hours, status: listing.status, statusUntil: listing.status_until ?? null, lastConfirmedAt: listing.last_confirmed_at }, hoursSettingsOf(tenant), at);
    if (!evaluation.openNow) return false;
  }
  return true;
}

export function filtersQuery(filters: ListingFilters, at: Date): string {
  const params = new URLSearchParams();
  for (const category of filters.categories) params.append('category', category);
  if (filters.services.length > 0) params.set('service', filters.services.join(','));
  if (filters.open) params.set('open', '1');
  params.set('at', at.toISOString());
  if (filters.q) params.set('q', filters.q);
  return params.toString();
}
