import type { Category, Service } from '#schema/categories.ts';
import { CATEGORIES } from '#schema/categories.ts';
import { hilbertKey } from '#schema/geo/hilbert.ts';
import { CATEGORY_WORDS } from '#schema/search/category-words.ts';
import { dayNumberOf, isoDate, localDateOf, parseOpeningHours, toOpeningHours, type HoursRule } from '#schema/hours/index.ts';
import { luhnCheckDigit } from '#schema/siret.ts';
import { TILE_CACHE_MB_DEFAULT } from '#schema/tile-sources.ts';
import type { ListingStatus } from '#schema/status.ts';
import { ADJECTIVES, CATEGORY_PROFILES, FIRSTNAMES, HOURS_VARIETY, PLACES, STREETS, SURNAMES } from './category-profiles.ts';
import { createRandom, hashString, type Random } from './random.ts';
import type { ListingRow, TenantRow } from '#worker/db/rows.ts';

/** A listings row as the seed and the tests write it: the columns the public reads, and those only writes set. */
export type ListingRecord = Omit<ListingRow, 'osm_id' | 'osm_claimed_at' | 'holidays_as_usual'> & {
  tenant_id: number;
  /** Spatial key, always hilbertKey(lat, lng): buildListing derives it after the overrides. */
  h: number;
  products: string;
  email: string | null;
  siret: string | null;
  created_at: string;
};

/** A tenants row as the seed writes it: the hours settings keep the defaults of the migrations. */
export type TenantRecord = Omit<TenantRow, 'stale_after_days' | 'public_holidays_closed' | 'closes_soon_minutes' | 'holiday_region'>;

export type Commune = { insee: string; name: string; postcode: string; lat: number; lng: number; population: number };

export type SqlStatement = { sql: string; params: Array<string | number | null> };

function insertStatement(table: string, record: Record<string, string | number | null>): SqlStatement {
  const columns = Object.keys(record);
  return {
    sql: `INSERT OR IGNORE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `?${i + 1}`).join(', ')})`,
    params: Object.values(record),
  };
}

export const listingInsert = (record: ListingRecord): SqlStatement => insertStatement('listings', record);
export const tenantInsert = (record: TenantRecord): SqlStatement => insertStatement('tenants', record);
export const tenantHostInsert = (host: string, tenantId: number): SqlStatement =>
  insertStatement('tenant_hosts', { host, tenant_id: tenantId });
/** A territory's communes (INSEE codes) in one statement, unless the tenant already has its list. */
export const tenantCommunesInsert = (tenantId: number, insee: readonly string[]): SqlStatement => ({
  sql: `INSERT OR IGNORE INTO tenant_communes (tenant_id, insee) SELECT ?1, value FROM json_each(?2)
    WHERE NOT EXISTS (SELECT 1 FROM tenant_communes WHERE tenant_id = ?1)`,
  params: [tenantId, JSON.stringify(insee)],
});

export function buildTenant(overrides: Partial<TenantRecord> & Pick<TenantRecord, 'id' | 'slug'>): TenantRecord {
  return {
    name: `CCI ${overrides.slug}`,
    logo_url: null,
    colour_primary: '#1d4f91',
    colour_on_primary: '#ffffff',
    centre_lat: 43.3,
    centre_lng: 5.4,
    default_zoom: 11,
    bounds_west: 4.9,
    bounds_south: 43.1,
    bounds_east: 5.9,
    bounds_north: 43.8,
    timezone: 'Europe/Paris',
    default_language: 'fr',
    tile_source: 'plan-ign',
    tile_url: '',
    tile_attribution: '',
    tile_cache_mb: TILE_CACHE_MB_DEFAULT,
    main_town: '',
    ...overrides,
  };
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

function idFrom(random: Random, length = 12): string {
  let id = '';
  for (let i = 0; i < length; i++) id += ID_ALPHABET[random.int(0, ID_ALPHABET.length - 1)];
  return id;
}

function fillName(pattern: string, random: Random): string {
  return pattern
    .replace('{surname}', random.pick(SURNAMES))
    .replace('{firstname}', random.pick(FIRSTNAMES))
    .replace('{place}', random.pick(PLACES))
    .replace('{adjective}', random.pick(ADJECTIVES));
}

function pickCategory(random: Random): Category {
  const total = CATEGORIES.reduce((sum, c) => sum + CATEGORY_PROFILES[c].weight, 0);
  let roll = random.next() * total;
  for (const category of CATEGORIES) {
    roll -= CATEGORY_PROFILES[category].weight;
    if (roll < 0) return category;
  }
  return 'services';
}

function pickStatus(random: Random): ListingStatus {
  const roll = random.next();
  if (roll < 0.84) return 'open';
  if (roll < 0.92) return 'adapted';
  if (roll < 0.97) return 'temporarily_closed';
  return 'permanently_closed';
}

function siret(random: Random): string {
  const sirenBody = String(random.int(10_000_000, 99_999_999));
  const siren = sirenBody + luhnCheckDigit(sirenBody);
  const nicBody = siren + String(random.int(1, 9999)).padStart(4, '0');
  return nicBody + luhnCheckDigit(nicBody);
}

function pickServices(random: Random, offered: readonly Service[]): Service[] {
  return offered.filter(() => random.chance(0.45));
}

const DAY_MS = 86_400_000;

/**
 * One plausible listing of a commune: a real place with jittered coordinates (within ~1 km of
 * the centre for towns, wider for cities), category-typical name, hours and services.
 */
export function buildListing(random: Random, tenantId: number, commune: Commune, now: Date, overrides: Partial<ListingRecord> = {}): ListingRecord {
  const category = pickCategory(random);
  const profile = CATEGORY_PROFILES[category];
  const spreadKm = commune.population > 100_000 ? 2.5 : commune.population > 20_000 ? 1.2 : 0.6;
  const lat = commune.lat + (random.gaussian() * spreadKm) / 111;
  const lng = commune.lng + (random.gaussian() * spreadKm) / (111 * Math.cos((commune.lat * Math.PI) / 180));
  // Most shops confirmed recently; a tail of them long ago, so that some show as stale.
  const confirmedDaysAgo = random.chance(0.85) ? random.int(0, 25) : random.int(31, 120);
  const lastConfirmed = new Date(now.getTime() - confirmedDaysAgo * DAY_MS - random.int(0, DAY_MS - 1));
  const created = new Date(lastConfirmed.getTime() - random.int(0, 365) * DAY_MS);
  const phonePrefix = commune.insee.startsWith('56') ? '02' : '04';
  const name = fillName(random.pick(profile.names), random);
  const id = idFrom(random);
  const record: ListingRecord = {
    id,
    tenant_id: tenantId,
    name,
    category,
    status: pickStatus(random),
    address: `${random.int(1, 120)} ${random.pick(STREETS)}`,
    postcode: commune.postcode,
    commune: commune.name,
    commune_insee: commune.insee,
    lat: Math.round(lat * 1e6) / 1e6,
    lng: Math.round(lng * 1e6) / 1e6,
    h: 0,
    products: productsOf(category, id),
    phone: random.chance(0.9) ? `${phonePrefix} ${Array.from({ length: 4 }, () => String(random.int(10, 99))).join(' ')}` : null,
    email: random.chance(0.7) ? `contact${random.int(1, 999)}@example.fr` : null,
    website: random.chance(0.4) ? `https://www.example.fr/${idFrom(random, 6)}` : null,
    siret: siret(random),
    services: JSON.stringify(pickServices(random, profile.services)),
    opening_hours: random.pick(profile.hours),
    status_until: null,
    last_confirmed_at: lastConfirmed.toISOString(),
    created_at: created.toISOString(),
    updated_at: lastConfirmed.toISOString(),
    ...overrides,
  };
  return { ...record, ...hoursVariety(record, now, overrides), h: hilbertKey(record.lat, record.lng) };
}

/**
 * Leave, special days and closure end dates, drawn from the id's hash so that the random stream,
 * and with it every other field of the demo data, stays as it was. Overridden fields are kept.
 */
function hoursVariety(record: ListingRecord, now: Date, overrides: Partial<ListingRecord>): Pick<ListingRecord, 'opening_hours' | 'status_until'> {
  const roll = (salt: string) => hashString(`${salt}:${record.id}`) / 2 ** 32;
  const today = dayNumberOf(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  const { leave, specialDay, closureWithEndDate } = HOURS_VARIETY;
  const parsed = parseOpeningHours(record.opening_hours);
  const rules: HoursRule[] = parsed.ok ? [...parsed.schedule.rules] : [];
  if (parsed.ok && roll('leave') < leave.share) {
    const first = today + Math.floor(roll('leave-start') * leave.startsWithinDays);
    const last = first + leave.lengthDays[0] + Math.floor(roll('leave-length') * (leave.lengthDays[1] - leave.lengthDays[0] + 1)) - 1;
    rules.push({ days: { kind: 'dates', spans: [{ from: localDateOf(first), to: localDateOf(last) }] }, ranges: [] });
  }
  if (parsed.ok && roll('special') < specialDay.share) {
    const day = localDateOf(today + 1 + Math.floor(roll('special-day') * specialDay.withinDays));
    rules.push({ days: { kind: 'dates', spans: [{ from: day, to: day }] }, ranges: [{ ...specialDay.range }] });
  }
  const [soonest, latest] = closureWithEndDate.reopensWithinDays;
  const reopens = record.status === 'temporarily_closed' && roll('closure') < closureWithEndDate.share ? isoDate(today + soonest + Math.floor(roll('closure-end') * (latest - soonest + 1))) : null;
  return {
    opening_hours: overrides.opening_hours ?? (parsed.ok ? toOpeningHours({ rules }) : record.opening_hours),
    status_until: overrides.status_until !== undefined ? overrides.status_until : reopens,
  };
}

/** Two words of the category's vocabulary, chosen from the id so the random stream is untouched. */
function productsOf(category: Category, id: string): string {
  const words = CATEGORY_WORDS[category];
  const hash = hashString(id);
  return `${words[hash % words.length]}, ${words[(hash >>> 8) % words.length]}`;
}

/** Listings spread over communes in proportion to their population, as shops are. */
export function generateListings(options: { seed: number; tenantId: number; communes: readonly Commune[]; count: number; now: Date }): ListingRecord[] {
  const random = createRandom(hashString(`${options.seed}:${options.tenantId}`));
  const weights = options.communes.map((c) => Math.sqrt(Math.max(c.population, 100)));
  const total = weights.reduce((a, b) => a + b, 0);
  const listings: ListingRecord[] = [];
  for (let i = 0; i < options.count; i++) {
    let roll = random.next() * total;
    let index = 0;
    while (index < weights.length - 1 && (roll -= weights[index] ?? 0) >= 0) index++;
    const commune = options.communes[index];
    if (!commune) throw new Error('generateListings needs at least one commune');
    listings.push(buildListing(random, options.tenantId, commune, options.now));
  }
  return listings;
}
