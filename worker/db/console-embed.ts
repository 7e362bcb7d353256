import type { EmbedQuery } from '#schema/console/embed.ts';
import type { PublicListing } from '#schema/listing.ts';
import { PUBLIC_COLUMNS, toPublicListing, type ListingRow } from './listings.ts';

export const EMBED_LIMIT = 200;

/** The published listings an embedded page shows, by name; `open` keeps those not closed. */
export async function embedListings(db: D1Database, tenantId: number, query: EmbedQuery): Promise<PublicListing[]> {
  const { results } = await db
    .prepare(`SELECT ${PUBLIC_COLUMNS} FROM listings l
      WHERE l.tenant_id = ?1 AND l.published = 1 AND (?2 IS NULL OR l.category = ?2) AND (?3 IS NULL OR l.commune_insee = ?3)
        AND (?4 IS NULL OR l.status IN ('open', 'adapted'))
      ORDER BY l.name COLLATE NOCASE LIMIT ${EMBED_LIMIT}`)
    .bind(tenantId, query.category ?? null, query.commune ?? null, query.open === '1' ? 1 : null)
    .all<ListingRow>();
  return results.map(toPublicListing);
}
