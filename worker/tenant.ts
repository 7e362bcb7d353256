import type { Language } from '#schema/tenant.ts';
import type { TileSource } from '#schema/tile-sources.ts';

/** A CCI as the worker knows it: what every layer reads, whatever it reads it from. */
export type Tenant = {
  id: number;
  slug: string;
  name: string;
  logoUrl: string | null;
  colourPrimary: string;
  colourOnPrimary: string;
  centreLat: number;
  centreLng: number;
  defaultZoom: number;
  bounds: { west: number; south: number; east: number; north: number };
  timezone: string;
  defaultLanguage: Language;
  tileSource: TileSource;
  /** The custom source's template and credit (empty for the other sources). */
  tileUrl: string;
  tileAttribution: string;
  tileCacheMb: number;
  staleAfterDays: number;
  publicHolidaysClosed: boolean;
  /** Minutes before closing when an open place reads "closes soon". */
  closesSoonMinutes: number;
  /** date-holidays region (FR, FR-57…); null: derived from the timezone. */
  holidayRegion: string | null;
  /** Named as the example of the public address search; empty when unset. */
  mainTown: string;
};

export function tileSettingsOf(tenant: Tenant) {
  return { source: tenant.tileSource, customUrl: tenant.tileUrl, customAttribution: tenant.tileAttribution, cacheMb: tenant.tileCacheMb };
}
