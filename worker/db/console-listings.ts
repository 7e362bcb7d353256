import type { Category, Service } from '#schema/categories.ts';
import type { ConsoleListing, ConsoleListingSummary, ListingSearch } from '#schema/console/listings.ts';
import type { ListingStatus } from '#schema/status.ts';

export const CONSOLE_PAGE_SIZE = 50;

type SummaryRow = {
  id: string; name: string; category: string; status: ListingStatus; commune: string; published: number;
  moderation_state: ConsoleListingSummary['moderationState']; updated_at: string;
};

/** Every listing of the tenant, published or not, by name; `q` matches the name or the address. */
export async function searchListings(db: D1Database, tenantId: number, search: ListingSearch): Promise<{ listings: ConsoleListingSummary[]; total: number }> {
  const where = `tenant_id = ?1 AND (?2 IS NULL OR name LIKE ?2 ESCAPE '\\' OR address LIKE ?2 ESCAPE '\\')
    AND (?3 IS NULL OR commune_insee = ?3) AND (?4 IS NULL OR category = ?4) AND (?5 IS NULL OR status = ?5)`;
  const like = search.q ? `%${search.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` : null;
  const params = [tenantId, like, search.commune ?? null, search.category ?? null, search.status ?? null];
  const [page, count] = await db.batch<SummaryRow | { n: number }>([
    db
      .prepare(`SELECT id, name, category, status, commune, published, moderation_state, updated_at FROM listings WHERE ${where}
        ORDER BY name COLLATE NOCASE, id LIMIT ${CONSOLE_PAGE_SIZE} OFFSET ?6`)
      .bind(...params, search.offset),
    db.prepare(`SELECT count(*) AS n FROM listings WHERE ${where}`).bind(...params),
  ]);
  const listings = ((page?.results ?? []) as SummaryRow[]).map((row) => ({
    id: row.id, name: row.name, category: row.category, status: row.status, commune: row.commune, published: row.published === 1,
    moderationState: row.moderation_state, updatedAt: row.updated_at,
  }));
  return { listings, total: ((count?.results[0] as { n: number } | undefined)?.n) ?? 0 };
}

type FullRow = {
  id: string; name: string; siret: string | null; category: Category; status: ListingStatus; status_until: string | null; address: string;
  postcode: string; commune: string; commune_insee: string; lat: number; lng: number; phone: string | null; email: string | null;
  website: string | null; services: string; opening_hours: string; published: number; moderation_state: ConsoleListing['moderationState'];
  last_confirmed_at: string; created_at: string; updated_at: string; holidays_as_usual: number;
};

/** A listing with its private fields, for the CCI: only behind a staff session of its tenant. */
export async function findConsoleListing(db: D1Database, tenantId: number, id: string): Promise<ConsoleListing | null> {
  const row = await db
    .prepare(`SELECT id, name, siret, category, status, status_until, address, postcode, commune, commune_insee, lat, lng, phone, email,
        website, services, opening_hours, published, moderation_state, last_confirmed_at, created_at, updated_at, holidays_as_usual
      FROM listings WHERE tenant_id = ?1 AND id = ?2`)
    .bind(tenantId, id)
    .first<FullRow>();
  if (!row) return null;
  return {
    id: row.id, name: row.name, siret: row.siret, category: row.category, status: row.status, statusUntil: row.status_until,
    address: row.address, postcode: row.postcode, commune: row.commune, communeInsee: row.commune_insee, lat: row.lat, lng: row.lng,
    phone: row.phone, email: row.email, website: row.website, services: JSON.parse(row.services) as Service[], openingHours: row.opening_hours,
    holidaysAsUsual: row.holidays_as_usual === 1, published: row.published === 1, moderationState: row.moderation_state, lastConfirmedAt: row.last_confirmed_at,
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}
