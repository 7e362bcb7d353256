import { attributionText, type TenantSettings } from '#schema/console/settings.ts';
import type { Language } from '#schema/tenant.ts';
import type { ModerationMode } from '#schema/registration.ts';
import type { TileSource } from '#schema/tile-sources.ts';

type SettingsRow = {
  name: string; logo_url: string | null; colour_primary: string; colour_on_primary: string; centre_lat: number; centre_lng: number;
  default_zoom: number; bounds_west: number; bounds_south: number; bounds_east: number; bounds_north: number; timezone: string;
  default_language: Language; languages: string; moderation_mode: ModerationMode; stale_after_days: number; closes_soon_minutes: number; tile_source: TileSource; tile_url: string;
  tile_attribution: string; tile_cache_mb: number; main_town: string; hosts: string; communes: string; origins: string;
};

/** The settings, with the logo the console uploaded (read-only here). */
export async function readSettings(db: D1Database, tenantId: number): Promise<TenantSettings & { logoUrl: string | null }> {
  const row = await db
    .prepare(`SELECT t.*,
        (SELECT json_group_array(host) FROM (SELECT host FROM tenant_hosts WHERE tenant_id = t.id UNION SELECT host FROM tenant_host_claims WHERE tenant_id = t.id ORDER BY host)) AS hosts,
        (SELECT json_group_array(insee) FROM (SELECT insee FROM tenant_communes WHERE tenant_id = t.id ORDER BY insee)) AS communes,
        (SELECT json_group_array(origin) FROM (SELECT origin FROM tenant_embed_origins WHERE tenant_id = t.id ORDER BY origin)) AS origins
      FROM tenants t WHERE t.id = ?1`)
    .bind(tenantId)
    .first<SettingsRow>();
  if (!row) throw new Error(`tenant ${tenantId} has no settings`);
  return {
    name: row.name,
    mainTown: row.main_town,
    logoUrl: row.logo_url,
    colours: { primary: row.colour_primary, onPrimary: row.colour_on_primary },
    domains: JSON.parse(row.hosts) as string[],
    embedOrigins: JSON.parse(row.origins) as string[],
    territory: {
      centre: { lat: row.centre_lat, lng: row.centre_lng },
      zoom: row.default_zoom,
      bounds: { west: row.bounds_west, south: row.bounds_south, east: row.bounds_east, north: row.bounds_north },
      communes: JSON.parse(row.communes) as string[],
    },
    timezone: row.timezone,
    languages: JSON.parse(row.languages) as Language[],
    defaultLanguage: row.default_language,
    moderationMode: row.moderation_mode,
    staleAfterDays: row.stale_after_days,
    closesSoonMinutes: row.closes_soon_minutes,
    tileSource: row.tile_source,
    tileUrl: row.tile_url,
    // A tenant made by the CLI still gets the column's default, written with an entity.
    tileAttribution: attributionText(row.tile_attribution),
    tileCacheMb: row.tile_cache_mb,
  };
}

/** Hosts among these that another tenant already answers on. */
export async function hostsOfOtherTenants(db: D1Database, tenantId: number, hosts: readonly string[]): Promise<string[]> {
  const { results } = await db
    .prepare('SELECT host FROM tenant_hosts WHERE tenant_id <> ?1 AND host IN (SELECT value FROM json_each(?2))')
    .bind(tenantId, JSON.stringify(hosts))
    .all<{ host: string }>();
  return results.map((row) => row.host);
}

/** The whole settings in statements for one batch: the row, then each list replaced. */
export function prepareSettingsWrite(db: D1Database, tenantId: number, s: TenantSettings): D1PreparedStatement[] {
  const { territory: t } = s;
  const replaceList = (table: string, column: string, values: readonly string[]) => [
    db.prepare(`DELETE FROM ${table} WHERE tenant_id = ?1`).bind(tenantId),
    db.prepare(`INSERT INTO ${table} (tenant_id, ${column}) SELECT ?1, value FROM json_each(?2)`).bind(tenantId, JSON.stringify(values)),
  ];
  return [
    db
      .prepare(`UPDATE tenants SET name = ?2, colour_primary = ?3, colour_on_primary = ?4, centre_lat = ?5, centre_lng = ?6,
          default_zoom = ?7, bounds_west = ?8, bounds_south = ?9, bounds_east = ?10, bounds_north = ?11, timezone = ?12,
          default_language = ?13, languages = ?14, moderation_mode = ?15, stale_after_days = ?16, tile_url = ?17, tile_attribution = ?18,
          tile_source = ?19, tile_cache_mb = ?20, closes_soon_minutes = ?21, main_town = ?22,
          data_version = data_version + 1
        WHERE id = ?1`)
      .bind(
        tenantId, s.name, s.colours.primary, s.colours.onPrimary, t.centre.lat, t.centre.lng, t.zoom, t.bounds.west,
        t.bounds.south, t.bounds.east, t.bounds.north, s.timezone, s.defaultLanguage, JSON.stringify(s.languages), s.moderationMode,
        s.staleAfterDays, s.tileUrl, s.tileAttribution, s.tileSource, s.tileCacheMb, s.closesSoonMinutes, s.mainTown,
      ),
    ...replaceList('tenant_communes', 'insee', t.communes),
    ...replaceList('tenant_embed_origins', 'origin', s.embedOrigins),
  ];
}

export async function embedOrigins(db: D1Database, tenantId: number): Promise<string[]> {
  const { results } = await db.prepare('SELECT origin FROM tenant_embed_origins WHERE tenant_id = ?1').bind(tenantId).all<{ origin: string }>();
  return results.map((row) => row.origin);
}

/** The logo's address, with the data version bumped so cached tenant answers show it at once. */
export function prepareLogoWrite(db: D1Database, tenantId: number, logoUrl: string | null): D1PreparedStatement {
  return db.prepare('UPDATE tenants SET logo_url = ?2, data_version = data_version + 1 WHERE id = ?1').bind(tenantId, logoUrl);
}
