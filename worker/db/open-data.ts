import type { PublicListing } from '#schema/listing.ts';
import { PUBLIC_COLUMNS, toPublicListing, type ListingRow } from './listings.ts';

const PAGE_SIZE = 500;

/**
 * The tenant's published listings in id order, a page at a time (keyset pagination), so an
 * export of any size streams without holding the territory in memory.
 */
export async function* publishedListings(db: D1Database, tenantId: number): AsyncGenerator<PublicListing[]> {
  let after = '';
  for (;;) {
    const { results } = await db
      .prepare(`SELECT ${PUBLIC_COLUMNS} FROM listings l
        WHERE l.tenant_id = ?1 AND l.published = 1 AND l.id > ?2
        ORDER BY l.id LIMIT ?3`)
      .bind(tenantId, after, PAGE_SIZE)
      .all<ListingRow>();
    if (results.length === 0) return;
    yield results.map(toPublicListing);
    after = results[results.length - 1]!.id;
    if (results.length < PAGE_SIZE) return;
  }
}
