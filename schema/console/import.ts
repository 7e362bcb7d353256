import { z } from 'zod';
import { lineText } from '../text.ts';
import { CATEGORIES, SERVICES } from '../categories.ts';
import { EMAIL_MAX_LENGTH, ListingFieldsSchema, PHONE_MAX_LENGTH, WEBSITE_MAX_LENGTH } from '../registration.ts';
import { isValidSiret } from '../siret.ts';
import { holidayRangesOf, type PublicHolidays } from '../hours/public-holidays.ts';
import { OPENING_HOURS_MAX_LENGTH } from '../hours/validation.ts';
import { LISTING_STATUSES } from '../status.ts';

/** The listing fields a file's columns can be mapped to, in the order the mapping step shows them. */
export const IMPORT_FIELDS = [
  'name', 'category', 'address', 'postcode', 'commune', 'communeInsee', 'lat', 'lng',
  'openingHours', 'publicHolidays', 'services', 'status', 'phone', 'email', 'website', 'siret',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['name', 'category', 'address', 'postcode', 'commune', 'communeInsee', 'openingHours'];

export const IMPORT_CHUNK_ROWS = 250;
export const IMPORT_MAX_ROWS = 20_000;

/** A row as read from the file after mapping: text cells, keyed by listing field. */
export const RawImportRowSchema = z.partialRecord(z.enum(IMPORT_FIELDS), lineText().max(2000));
export type RawImportRow = z.infer<typeof RawImportRowSchema>;

export const ImportChunkSchema = z.object({
  /** The file line of the chunk's first row, so that reports name the line people see. */
  firstLine: z.number().int().min(1).max(IMPORT_MAX_ROWS + 1),
  rows: z.array(RawImportRowSchema).min(1).max(IMPORT_CHUNK_ROWS),
});

const blankToNull = (text: string | undefined) => (text === undefined || text.trim() === '' ? null : text.trim());

const optionalCell = (max: number, key: string, check: (value: string) => boolean = () => true) =>
  z
    .string()
    .optional()
    .transform(blankToNull)
    .refine((value) => value === null || (value.length <= max && check(value)), key);

const coordinateCell = (min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((text, ctx) => {
      const value = blankToNull(text);
      if (value === null) return null;
      const n = Number(value.replace(',', '.'));
      if (!Number.isFinite(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: 'registration.position' });
        return z.NEVER;
      }
      return n;
    });

const simplified = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
const HOLIDAYS_CLOSED = ['closed', 'ferme', 'off', 'non'];
const HOLIDAYS_USUAL = ['usual', 'habituel', 'horaireshabituels', 'usualhours', 'commedhabitude', 'oui'];

/**
 * What the business does on public holidays: blank (the tenant's policy), closed, usual hours, or
 * special hours written as OSM ranges (`09:00-12:00`), in French or English.
 */
const publicHolidaysCell = z
  .string()
  .optional()
  .transform((text, ctx): PublicHolidays => {
    const value = blankToNull(text);
    if (value === null) return { kind: 'default' };
    if (HOLIDAYS_CLOSED.includes(simplified(value))) return { kind: 'closed' };
    if (HOLIDAYS_USUAL.includes(simplified(value))) return { kind: 'usual' };
    const ranges = holidayRangesOf(value);
    if (ranges) return { kind: 'special', ranges };
    ctx.addIssue({ code: 'custom', message: 'registration.holidays_hours' });
    return z.NEVER;
  });

/**
 * One imported row, checked as the registration form checks a listing, except that the CCI's
 * files often lack e-mail, SIRET or coordinates: a row without coordinates is placed at its
 * commune's centroid. Opening hours use OpenStreetMap's syntax, parsed by the shared hours model.
 */
export const ImportRowSchema = z.object({
  name: ListingFieldsSchema.shape.name,
  category: z.string({ error: 'registration.category' }).trim().toLowerCase().pipe(z.enum(CATEGORIES, { error: 'registration.category' })),
  address: ListingFieldsSchema.shape.address,
  postcode: ListingFieldsSchema.shape.postcode,
  commune: ListingFieldsSchema.shape.commune,
  communeInsee: z.string({ error: 'console.insee' }).trim().toUpperCase().regex(/^[0-9][0-9AB][0-9]{3}$/, 'console.insee'),
  lat: coordinateCell(-90, 90),
  lng: coordinateCell(-180, 180),
  openingHours: ListingFieldsSchema.shape.openingHours,
  publicHolidays: publicHolidaysCell,
  services: z
    .string()
    .optional()
    .transform((text, ctx) => {
      const names = (text ?? '').split(/[;,|]/).map((s) => s.trim().toLowerCase()).filter(Boolean);
      const unknown = names.filter((name) => !(SERVICES as readonly string[]).includes(name));
      if (unknown.length > 0) {
        ctx.addIssue({ code: 'custom', message: 'registration.services' });
        return z.NEVER;
      }
      return [...new Set(names)] as Array<(typeof SERVICES)[number]>;
    }),
  status: z
    .string()
    .optional()
    .transform((text) => blankToNull(text) ?? 'open')
    .pipe(z.enum(LISTING_STATUSES, { error: 'registration.status' })),
  phone: optionalCell(PHONE_MAX_LENGTH, 'registration.phone', (v) => /^\+?\d{6,15}$/.test(v.replace(/[\s.()-]/g, ''))),
  email: optionalCell(EMAIL_MAX_LENGTH, 'registration.email', (v) => z.email().safeParse(v).success).transform((v) => v?.toLowerCase() ?? null),
  website: optionalCell(WEBSITE_MAX_LENGTH, 'registration.website', (v) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v)),
  siret: optionalCell(40, 'registration.siret', (v) => isValidSiret(v.replace(/[\s.-]/g, ''))).transform((v) => v?.replace(/[\s.-]/g, '') ?? null),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

export type ImportRowError = { line: number; fields: Record<string, string[]> };

export type ImportReport = { importId: string; total: number; valid: number; errors: ImportRowError[] };

export type ImportResult = { imported: number };

/** A row from an OpenStreetMap export: the mapped fields, the element it comes from, and its `check_date`. */
export const OsmImportRowSchema = z.object({
  osmId: z.string().regex(/^(node|way|relation)\/\d{1,15}$/, 'osm.id'),
  checkDate: z.string().max(40).nullable(),
  row: RawImportRowSchema,
});

export const OsmImportChunkSchema = z.object({
  firstLine: ImportChunkSchema.shape.firstLine,
  rows: z.array(OsmImportRowSchema).min(1).max(IMPORT_CHUNK_ROWS),
});

/**
 * What the dry run says of a row's opening hours when they are not taken as written: normalised
 * (to confirm), kept as text (a remark, an ambiguous or unreadable value, with the reason), or missing.
 */
export type HoursNoteKind = 'normalised' | 'comment' | 'ambiguous' | 'unreadable' | 'missing';
export type HoursNote = { line: number; name: string; kind: HoursNoteKind; original: string; normalised: string | null; reason: string };

/** What committing a row of an OSM import does to the listing of the same element. */
export type OsmChange = { line: number; name: string; change: 'new' | 'updated' | 'returned' | 'unchanged' | 'claimed'; fields: string[] };

/**
 * An OSM row once its hours are read (osm-library.ts): the hours are the normalised text, or the
 * value kept verbatim when it cannot be evaluated, so they are not checked against the model here.
 */
export const OsmImportFieldsSchema = ImportRowSchema.omit({ publicHolidays: true }).extend({ openingHours: lineText().trim().max(OPENING_HOURS_MAX_LENGTH, 'registration.hours_length') });

/** A listing imported from OSM whose element the export no longer holds; `claimed`: its business's, never touched. */
export type OsmDisappeared = { listingId: string; name: string; osmId: string; claimed: boolean };

export type OsmImportReport = ImportReport & { hours: HoursNote[]; changes: OsmChange[]; disappeared: OsmDisappeared[] };

/** `removed`: disappeared unclaimed listings taken off the map, when the commit asked for it. */
export type OsmImportResult = ImportResult & { updated: number; unchanged: number; claimed: number; disappeared: number; removed: number };
