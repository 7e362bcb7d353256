import { z } from 'zod';
import { PublicTilesSchema } from './tile-sources.ts';

export const HexColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour.format');
export const LanguageSchema = z.enum(['fr', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export const LatLngSchema = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

/** What the public page needs to brand itself and place its map. */
export const PublicTenantSchema = z.object({
  slug: z.string(),
  name: z.string(),
  logoUrl: z.string().nullable(),
  colours: z.object({ primary: HexColourSchema, onPrimary: HexColourSchema }),
  map: z.object({
    centre: LatLngSchema,
    zoom: z.number().int().min(1).max(19),
    bounds: z.object({ west: z.number(), south: z.number(), east: z.number(), north: z.number() }),
    tiles: PublicTilesSchema,
  }),
  /** The town the address search gives as its example; empty when unset, absent from copies saved by older versions. */
  mainTown: z.string().optional(),
  timezone: z.string(),
  defaultLanguage: LanguageSchema,
  /** What the browser needs to evaluate opening hours exactly as the API does, offline too. */
  hours: z.object({
    staleAfterDays: z.number().int(),
    publicHolidaysClosed: z.boolean(),
    /** Minutes before closing when an open place reads "closes soon"; absent from copies saved by older versions. */
    closesSoonMinutes: z.number().int().min(0).optional(),
    /** Public holidays of the tenant's region (ISO dates) from yesterday to a year ahead. */
    holidays: z.array(z.string()),
  }),
  /**
   * The communes of the tenant's territory (INSEE codes, at most a few hundred) and the
   * départements they span: the browser loads those départements' communes files and keeps
   * these communes. Both are empty until the territory is set.
   */
  territory: z.object({ departements: z.array(z.string()), communes: z.array(z.string()) }),
});
export type PublicTenant = z.infer<typeof PublicTenantSchema>;

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
