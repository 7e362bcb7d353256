import type { PublicListing } from '#schema/listing.ts';
import { PUBLIC_COLUMNS, toPublicListing, type ListingRow } from './listings.ts';

const PAGE_SIZE = 500;

/**
 * Where a listing's data comes from, which decides its licence: declared by its business
 * (Licence Ouverte), or imported from OpenStreetMap (ODbL, claimed or not: it derives from OSM).
 */
export type ListingSource = 'business' | 'osm';

/**
 * The tenant's published listings of one source in id order, a page at a time (keyset pagination), so an
 * export of any size streams without holding the territory in memory.
 */
export async function* publishedListings(db: D1Database, tenantId: number, source: ListingSource): AsyncGenerator<PublicListing[]> {
  let after = '';
  for (;;) {
    const { results } = await db
      .prepare(`SELECT ${PUBLIC_COLUMNS} FROM listings l
        WHERE l.tenant_id = ?1 AND l.published = 1 AND l.id > ?2 AND (l.osm_id IS NOT NULL) = ?4
        ORDER BY l.id LIMIT ?3`)
      .bind(tenantId, after, PAGE_SIZE, source === 'osm' ? 1 : 0)
      .all<ListingRow>();
    if (results.length === 0) return;
    yield results.map(toPublicListing);
    after = results[results.length - 1]!.id;
    if (results.length < PAGE_SIZE) return;
  }
}
