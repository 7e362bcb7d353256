import { decodeHTML } from 'entities';
import { z } from 'zod';
import { lineText } from '../text.ts';
import { HOSTNAME_PATTERN, isValidTimeZone } from '../provisioning.ts';
import { MODERATION_MODES } from '../registration.ts';
import { HexColourSchema, LanguageSchema } from '../tenant.ts';
import { TILE_CACHE_MB_MAX, TileSourceSchema } from '../tile-sources.ts';
import { passesAA } from './contrast.ts';

export const TENANT_NAME_MAX_LENGTH = 120;

/**
 * A tile credit is stored and shown as plain text (it is escaped when drawn on the map): one
 * pasted from a provider's HTML snippet ("&copy; …") keeps its "©" rather than the entity.
 */
export const attributionText = (text: string): string => decodeHTML(text);
export const MAX_DOMAINS = 10;
export const MAX_EMBED_ORIGINS = 20;
export const MAX_COMMUNES = 2000;
export const ATTRIBUTION_MAX_LENGTH = 300;
/** Longer than any French commune's name (Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson has 45). */
export const MAIN_TOWN_MAX_LENGTH = 80;

const httpsUrl = (messageKey: string) =>
  z.string({ error: messageKey }).trim().max(500, messageKey).regex(/^https:\/\/[^\s/$.?#][^\s]*$/i, messageKey);

const isTileTemplate = (url: string) => httpsUrl('console.tile_url').safeParse(url).success && ['{z}', '{x}', '{y}'].every((part) => url.includes(part));
/** OpenStreetMap's own servers forbid heavy and offline use (tile usage policy). */
const OPENSTREETMAP_TILES = /^https:\/\/([a-c]\.|\{s\}\.)?tile\.openstreetmap\.org\//i;

const coordinate = (min: number, max: number) => z.number({ error: 'console.territory' }).finite().min(min, 'console.territory').max(max, 'console.territory');

export const InseeCodeSchema = z.string({ error: 'console.insee' }).regex(/^[0-9][0-9AB][0-9]{3}$/, 'console.insee');

/** An origin a CCI's own site is served from: scheme and host (and port), nothing else. */
export const EmbedOriginSchema = z
  .string({ error: 'console.embed_origin' })
  .trim()
  .toLowerCase()
  .regex(/^https:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?$/, 'console.embed_origin');

export const TerritorySchema = z
  .object({
    centre: z.object({ lat: coordinate(-90, 90), lng: coordinate(-180, 180) }),
    zoom: z.number({ error: 'console.zoom' }).int('console.zoom').min(3, 'console.zoom').max(18, 'console.zoom'),
    bounds: z.object({ west: coordinate(-180, 180), south: coordinate(-90, 90), east: coordinate(-180, 180), north: coordinate(-90, 90) }),
    communes: z.array(InseeCodeSchema).max(MAX_COMMUNES, 'console.insee').transform((codes) => [...new Set(codes)]),
  })
  .refine(({ bounds }) => bounds.west < bounds.east && bounds.south < bounds.north, { message: 'console.bounds', path: ['bounds'] })
  .refine(
    ({ centre, bounds }) => centre.lat >= bounds.south && centre.lat <= bounds.north && centre.lng >= bounds.west && centre.lng <= bounds.east,
    { message: 'console.centre_outside', path: ['centre'] },
  );

/** The database's own bound (migration 0040): four hours. */
export const CLOSES_SOON_MINUTES_MAX = 240;

/** Everything an admin sets about the instance; the form and the API parse with this object. */
export const TenantSettingsSchema = z
  .object({
    name: lineText({ error: 'console.name' }).trim().min(3, 'console.name').max(TENANT_NAME_MAX_LENGTH, 'console.name'),
    /** The town the public address search names as its example; empty names none. */
    mainTown: lineText({ error: 'console.main_town' }).trim().max(MAIN_TOWN_MAX_LENGTH, 'console.main_town'),
    colours: z.object({ primary: HexColourSchema, onPrimary: HexColourSchema }),
    domains: z
      .array(z.string({ error: 'console.domain' }).trim().toLowerCase().regex(HOSTNAME_PATTERN, 'console.domain'))
      .max(MAX_DOMAINS, 'console.domain')
      .transform((hosts) => [...new Set(hosts)]),
    embedOrigins: z.array(EmbedOriginSchema).max(MAX_EMBED_ORIGINS, 'console.embed_origin').transform((origins) => [...new Set(origins)]),
    territory: TerritorySchema,
    timezone: z.string({ error: 'console.timezone' }).refine(isValidTimeZone, 'console.timezone'),
    languages: z.array(LanguageSchema, { error: 'console.languages' }).min(1, 'console.languages').transform((codes) => [...new Set(codes)]),
    defaultLanguage: LanguageSchema,
    moderationMode: z.enum(MODERATION_MODES, { error: 'console.moderation_mode' }),
    staleAfterDays: z.number({ error: 'console.stale_days' }).int('console.stale_days').min(1, 'console.stale_days').max(365, 'console.stale_days'),
    /** How long before closing an open place reads "closes soon"; 0 never says it. */
    closesSoonMinutes: z.number({ error: 'console.closes_soon' }).int('console.closes_soon').min(0, 'console.closes_soon').max(CLOSES_SOON_MINUTES_MAX, 'console.closes_soon'),
    tileSource: TileSourceSchema,
    /** The custom source's template and credit: required only when that source is chosen. */
    tileUrl: lineText({ error: 'console.tile_url' }).trim().max(500, 'console.tile_url'),
    tileAttribution: lineText({ error: 'console.attribution' }).overwrite(attributionText).trim().max(ATTRIBUTION_MAX_LENGTH, 'console.attribution'),
    tileCacheMb: z.number({ error: 'console.tile_cache' }).int('console.tile_cache').min(0, 'console.tile_cache').max(TILE_CACHE_MB_MAX, 'console.tile_cache'),
  })
  .refine(({ tileSource, tileUrl }) => tileSource !== 'custom' || isTileTemplate(tileUrl), { message: 'console.tile_url', path: ['tileUrl'] })
  .refine(({ tileSource, tileUrl }) => tileSource !== 'custom' || !OPENSTREETMAP_TILES.test(tileUrl), { message: 'console.tile_osm', path: ['tileUrl'] })
  .refine(({ tileSource, tileAttribution }) => tileSource !== 'custom' || tileAttribution.length > 0, { message: 'console.attribution', path: ['tileAttribution'] })
  .refine(({ colours }) => passesAA(colours.onPrimary, colours.primary), { message: 'console.contrast', path: ['colours', 'onPrimary'] })
  .refine(({ languages, defaultLanguage }) => languages.includes(defaultLanguage), { message: 'console.default_language', path: ['defaultLanguage'] });

export type TenantSettings = z.infer<typeof TenantSettingsSchema>;
export type TenantSettingsInput = z.input<typeof TenantSettingsSchema>;

/** A host name added in the console, not served until its TXT record proves the CCI controls it. */
export type PendingDomain = { host: string; recordName: string; recordValue: string };
/** What the console reads: the settings, and which of their domains still wait for their proof. */
export type TenantSettingsView = TenantSettings & {
  pendingDomains: PendingDomain[];
  /** Set by uploading a file (routes/console/logo.ts), never typed: the page may load images only from its own host. */
  logoUrl: string | null;
};

export const DomainVerificationSchema = z.object({
  host: z.string({ error: 'console.domain' }).trim().toLowerCase().regex(HOSTNAME_PATTERN, 'console.domain'),
});
