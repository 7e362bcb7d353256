import { CATEGORIES, SERVICES, type Category, type Service } from '#schema/categories.ts';

/**
 * What the resident asked to see. `open: 'at'` carries the instant (ISO 8601) they picked, so a
 * shared link means the same moment for everyone, wherever they read it.
 */
export type Filters = {
  categories: Category[];
  services: Service[];
  open: 'any' | 'now' | 'at';
  at: string | null;
  q: string;
};

export const NO_FILTERS: Filters = { categories: [], services: [], open: 'any', at: null, q: '' };

/** Text longer than this is not a product or a name; the API refuses it too. */
export const SEARCH_MAX_LENGTH = 80;

export function activeFilterCount(filters: Filters): number {
  return filters.categories.length + filters.services.length + (filters.open === 'any' ? 0 : 1) + (filters.q ? 1 : 0);
}

export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** Keeps known values only, in the canonical order, so two links for one view are one URL. */
function known<T extends string>(all: readonly T[], raw: string | null): T[] {
  if (!raw) return [];
  const asked = new Set(raw.split(','));
  return all.filter((value) => asked.has(value));
}

export function parseFilters(params: URLSearchParams): Filters {
  const at = params.get('at');
  const atValid = at !== null && !Number.isNaN(Date.parse(at));
  const open = params.get('open');
  return {
    categories: known(CATEGORIES, params.get('cat')),
    services: known(SERVICES, params.get('svc')),
    open: open === 'now' ? 'now' : open === 'at' && atValid ? 'at' : 'any',
    at: open === 'at' && atValid ? new Date(at).toISOString() : null,
    q: (params.get('q') ?? '').trim().slice(0, SEARCH_MAX_LENGTH),
  };
}

export function writeFilters(filters: Filters, params: URLSearchParams): void {
  const canonicalCategories = CATEGORIES.filter((c) => filters.categories.includes(c));
  const canonicalServices = SERVICES.filter((s) => filters.services.includes(s));
  if (canonicalCategories.length) params.set('cat', canonicalCategories.join(','));
  if (canonicalServices.length) params.set('svc', canonicalServices.join(','));
  if (filters.open !== 'any') params.set('open', filters.open);
  if (filters.open === 'at' && filters.at) params.set('at', filters.at);
  if (filters.q) params.set('q', filters.q);
}
