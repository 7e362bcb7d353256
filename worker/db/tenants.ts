import type { Tenant } from '../tenant.ts';
import type { TenantRow } from './rows.ts';

const TENANT_COLUMNS = `t.id, t.slug, t.name, t.logo_url, t.colour_primary, t.colour_on_primary,
  t.centre_lat, t.centre_lng, t.default_zoom, t.bounds_west, t.bounds_south, t.bounds_east,
  t.bounds_north, t.timezone, t.default_language, t.tile_source, t.tile_url, t.tile_attribution, t.tile_cache_mb,
  t.stale_after_days, t.public_holidays_closed, t.closes_soon_minutes, t.holiday_region, t.main_town`;

function toTenant(row: TenantRow): Tenant {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    logoUrl: row.logo_url,
    colourPrimary: row.colour_primary,
    colourOnPrimary: row.colour_on_primary,
    centreLat: row.centre_lat,
    centreLng: row.centre_lng,
    defaultZoom: row.default_zoom,
    bounds: { west: row.bounds_west, south: row.bounds_south, east: row.bounds_east, north: row.bounds_north },
    timezone: row.timezone,
    defaultLanguage: row.default_language,
    tileSource: row.tile_source,
    tileUrl: row.tile_url,
    tileAttribution: row.tile_attribution,
    tileCacheMb: row.tile_cache_mb,
    staleAfterDays: row.stale_after_days,
    publicHolidaysClosed: row.public_holidays_closed === 1,
    closesSoonMinutes: row.closes_soon_minutes,
    holidayRegion: row.holiday_region,
    mainTown: row.main_town,
  };
}

const BY_HOST = `SELECT ${TENANT_COLUMNS} FROM tenant_hosts h JOIN tenants t ON t.id = h.tenant_id
  WHERE h.host = ?1 AND t.disabled_at IS NULL`;
const BY_SLUG = `SELECT ${TENANT_COLUMNS} FROM tenants t WHERE t.slug = ?1 AND t.disabled_at IS NULL`;

/**
 * The statement reading the tenant a hostname belongs to: one of its configured hostnames, or,
 * outside production, `<slug>.localhost` (browsers and curl send every *.localhost name to the
 * loopback address). A statement, so that it can ride in the batch of a public read.
 */
export function tenantLookup(db: D1Database, hostname: string, allowDevHosts: boolean): D1PreparedStatement {
  if (allowDevHosts && hostname.endsWith('.localhost')) return db.prepare(BY_SLUG).bind(hostname.slice(0, -'.localhost'.length));
  return db.prepare(BY_HOST).bind(hostname);
}

/** The tenant a `tenantLookup` found, or null. */
export function tenantOf(result: D1Result): Tenant | null {
  const row = result.results[0] as TenantRow | undefined;
  return row ? toTenant(row) : null;
}

export async function findTenantBySlug(db: D1Database, slug: string): Promise<Tenant | null> {
  return tenantOf(await db.prepare(BY_SLUG).bind(slug).all());
}

export async function listActiveTenants(db: D1Database): Promise<Array<Pick<Tenant, 'slug' | 'name'>>> {
  const { results } = await db
    .prepare('SELECT slug, name FROM tenants WHERE disabled_at IS NULL ORDER BY name')
    .all<{ slug: string; name: string }>();
  return results;
}
