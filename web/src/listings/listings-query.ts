import type { Bbox } from '#schema/bbox-format.ts';
import { formatBbox } from '#schema/bbox-format.ts';
import { api } from '../api.ts';
import type { Filters } from '../view/filters.ts';

export type ListingsQuery = NonNullable<Parameters<typeof api.api.v1.listings.$get>[0]>['query'];

/** The API's viewport query for a box and the resident's filters, typed by the Worker's own schema. */
export function listingsQuery(box: Bbox, filters: Filters): ListingsQuery {
  return {
    bbox: formatBbox(box),
    ...(filters.categories.length ? { category: filters.categories.join(',') } : {}),
    ...(filters.services.length ? { service: filters.services.join(',') } : {}),
    ...(filters.open === 'now' ? { open: '1' as const } : {}),
    ...(filters.open === 'at' && filters.at ? { open: '1' as const, at: filters.at } : {}),
    ...(filters.q ? { q: filters.q } : {}),
  };
}
