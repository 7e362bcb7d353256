import { z } from 'zod';

/**
 * Where a tenant's map background comes from. Never OpenStreetMap's own tile servers: their
 * policy forbids heavy and offline use (docs/decisions/011-basemap.md).
 *  - plan-ign: IGN's Plan IGN through the Géoplateforme WMTS, Licence Ouverte, no key, France
 *    and overseas; the default for new tenants.
 *  - archive: the deployment's own PMTiles archive, served by the Worker at /tiles.
 *  - custom: any XYZ/WMTS template the CCI holds a licence for, credited as it says.
 */
export const TILE_SOURCES = ['plan-ign', 'archive', 'custom'] as const;
export type TileSource = (typeof TILE_SOURCES)[number];
export const TileSourceSchema = z.enum(TILE_SOURCES, { error: 'console.tile_source' });

export const PLAN_IGN_TILE_URL =
  'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}';
export const PLAN_IGN_ATTRIBUTION =
  '<a href="https://www.ign.fr/">IGN</a> – Plan IGN, <a href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/">Licence Ouverte</a>';
const PLAN_IGN_MAX_ZOOM = 19;

export const ARCHIVE_TILE_URL = '/tiles/{z}/{x}/{y}';
/** Used until the archive's own header says otherwise (a Protomaps build of France goes to 15). */
export const ARCHIVE_DEFAULT_MAX_ZOOM = 15;
const CUSTOM_MAX_ZOOM = 19;

/** Sources whose licence lets residents' devices keep the tiles they viewed, for offline use. */
export const KEPT_OFFLINE: Readonly<Record<TileSource, boolean>> = { 'plan-ign': true, archive: true, custom: false };

export const TILE_CACHE_MB_DEFAULT = 50;
export const TILE_CACHE_MB_MAX = 500;

/** The background as the page draws it: template, credit (HTML), deepest native zoom, offline budget. */
export const PublicTilesSchema = z.object({
  source: TileSourceSchema,
  url: z.string(),
  attribution: z.string(),
  maxNativeZoom: z.number().int(),
  /** Bytes of tiles a device may keep for offline use; 0 when the source's licence does not allow it. */
  offlineBytes: z.number().int(),
});
export type PublicTiles = z.infer<typeof PublicTilesSchema>;

export type TileSettings = { source: TileSource; customUrl: string; customAttribution: string; cacheMb: number };
export type ArchiveDetails = { attribution: string; maxZoom: number };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The template a source's tiles are fetched from (relative for the deployment's archive). */
export function tileTemplate(settings: Pick<TileSettings, 'source' | 'customUrl'>): string {
  if (settings.source === 'plan-ign') return PLAN_IGN_TILE_URL;
  if (settings.source === 'archive') return ARCHIVE_TILE_URL;
  return settings.customUrl;
}

export function publicTiles(settings: TileSettings, archive: ArchiveDetails | null = null): PublicTiles {
  const offlineBytes = KEPT_OFFLINE[settings.source] ? settings.cacheMb * 1_000_000 : 0;
  const url = tileTemplate(settings);
  if (settings.source === 'plan-ign') return { source: 'plan-ign', url, attribution: PLAN_IGN_ATTRIBUTION, maxNativeZoom: PLAN_IGN_MAX_ZOOM, offlineBytes };
  if (settings.source === 'archive') {
    return { source: 'archive', url, attribution: archive?.attribution ?? '', maxNativeZoom: archive?.maxZoom ?? ARCHIVE_DEFAULT_MAX_ZOOM, offlineBytes };
  }
  // A CCI's own credit line is text: shown as typed, never read as markup.
  return { source: 'custom', url, attribution: escapeHtml(settings.customAttribution), maxNativeZoom: CUSTOM_MAX_ZOOM, offlineBytes };
}
