import type { Category, Service } from '#schema/categories.ts';
import { isStale } from '#schema/hours/listing.ts';
import type { ModerationMode } from '#schema/registration.ts';
import type { OwnListing } from '#schema/self-service.ts';
import type { ListingStatus } from '#schema/status.ts';

type OwnListingRow = {
  id: string; name: string; siret: string | null; category: Category; status: ListingStatus; status_until: string | null;
  address: string; postcode: string; commune: string; commune_insee: string; lat: number; lng: number;
  phone: string | null; email: string | null; website: string | null; services: string; opening_hours: string;
  holidays_as_usual: number; published: number; moderation_state: OwnListing['moderationState']; last_confirmed_at: string;
  moderation_mode: ModerationMode; stale_after_days: number;
};

/** The listing as its shopkeeper sees it, private fields included: only behind a session. */
export async function findOwnListing(db: D1Database, tenantId: number, id: string, now: Date): Promise<OwnListing | null> {
  const row = await db
    .prepare(`SELECT l.id, l.name, l.siret, l.category, l.status, l.status_until, l.address, l.postcode, l.commune,
        l.commune_insee, l.lat, l.lng, l.phone, l.email, l.website, l.services, l.opening_hours, l.holidays_as_usual, l.published,
        l.moderation_state, l.last_confirmed_at, t.moderation_mode, t.stale_after_days
      FROM listings l JOIN tenants t ON t.id = l.tenant_id WHERE l.tenant_id = ?1 AND l.id = ?2`)
    .bind(tenantId, id)
    .first<OwnListingRow>();
  if (!row) return null;
  return {
    id: row.id, name: row.name, siret: row.siret ?? '', category: row.category, status: row.status, statusUntil: row.status_until,
    address: row.address, postcode: row.postcode, commune: row.commune, communeInsee: row.commune_insee, lat: row.lat, lng: row.lng,
    phone: row.phone, email: row.email ?? '', website: row.website, services: JSON.parse(row.services) as Service[],
    openingHours: row.opening_hours, holidaysAsUsual: row.holidays_as_usual === 1, published: row.published === 1, moderation: row.moderation_mode,
    moderationState: row.moderation_state, lastConfirmedAt: row.last_confirmed_at, staleAfterDays: row.stale_after_days,
    stale: isStale(row.last_confirmed_at, row.stale_after_days, now),
  };
}

/** Listings of the tenant reachable with this email: where a new private link goes. */
export async function listingsWithEmail(db: D1Database, tenantId: number, email: string): Promise<Array<{ id: string; name: string }>> {
  const { results } = await db
    .prepare('SELECT id, name FROM listings WHERE tenant_id = ?1 AND email = ?2 LIMIT 5')
    .bind(tenantId, email)
    .all<{ id: string; name: string }>();
  return results;
}

export async function listingContact(db: D1Database, tenantId: number, id: string): Promise<{ id: string; name: string; email: string | null } | null> {
  return db.prepare('SELECT id, name, email FROM listings WHERE tenant_id = ?1 AND id = ?2').bind(tenantId, id).first();
}
