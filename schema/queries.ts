import { z } from 'zod';
import { lineText } from './text.ts';
import { BboxSchema } from './bbox.ts';
import { CATEGORIES, SERVICES } from './categories.ts';

/** Points per answer: beyond this a map shows clusters instead. */
export const LISTINGS_LIMIT_DEFAULT = 500;
export const LISTINGS_LIMIT_MAX = 2000;
export const NEAREST_K_DEFAULT = 20;
export const NEAREST_K_MAX = 100;
export const SEARCH_TEXT_MAX_LENGTH = 100;

/** `?a=x&a=y`, `?a=x,y` and `?a=x` all give a list. */
const list = <Values extends readonly [string, ...string[]]>(values: Values, key: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((raw) => (Array.isArray(raw) ? raw : [raw]).flatMap((part) => part.split(',')).map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values, { error: key })));

const integer = (min: number, max: number, key: string) =>
  z.string().regex(/^\d+$/, key).transform(Number).pipe(z.number().int().min(min, key).max(max, key));

const coordinate = (limit: number, key: string) =>
  z
    .string({ error: key })
    .trim()
    .regex(/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i, key)
    .transform(Number)
    .pipe(z.number().min(-limit, key).max(limit, key));

/** Filters shared by every listings query. */
export const ListingFiltersSchema = z.object({
  category: list(CATEGORIES, 'category.unknown').optional(),
  service: list(SERVICES, 'service.unknown').optional(),
  open: z.enum(['0', '1'], { error: 'open.format' }).optional(),
  at: z.iso.datetime({ offset: true, error: 'at.format' }).optional(),
  q: lineText().trim().max(SEARCH_TEXT_MAX_LENGTH, 'q.too_long').optional(),
});

export const ListingsQuerySchema = ListingFiltersSchema.extend({
  bbox: BboxSchema,
  limit: integer(1, LISTINGS_LIMIT_MAX, 'limit.range').optional(),
});
export type ListingsQuery = z.infer<typeof ListingsQuerySchema>;

export const NearestQuerySchema = ListingFiltersSchema.extend({
  lat: coordinate(90, 'lat.range'),
  lng: coordinate(180, 'lng.range'),
  k: integer(1, NEAREST_K_MAX, 'k.range').optional(),
});
export type NearestQuery = z.infer<typeof NearestQuerySchema>;

/** The filters of either query, normalised: what the database layer and the cache key use. */
export type ListingFilters = {
  categories: Array<(typeof CATEGORIES)[number]>;
  services: Array<(typeof SERVICES)[number]>;
  open: boolean;
  at: Date | null;
  q: string;
};

export function normaliseFilters(query: z.infer<typeof ListingFiltersSchema>): ListingFilters {
  return {
    categories: [...new Set(query.category ?? [])].sort(),
    services: [...new Set(query.service ?? [])].sort(),
    open: query.open === '1',
    at: query.at ? new Date(query.at) : null,
    q: query.q ?? '',
  };
}

/**
 * How the CSV export separates its cells: `semicolon` for a French Excel, which reads a comma
 * file as one column; `comma` (the default) for everything else.
 */
export const CsvExportQuerySchema = z.object({ delimiter: z.enum(['comma', 'semicolon'], { error: 'request.invalid' }).optional() });
export type CsvDelimiter = NonNullable<z.infer<typeof CsvExportQuerySchema>['delimiter']>;
