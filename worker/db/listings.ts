import type { Bbox } from '#schema/bbox.ts';
import type { Service } from '#schema/categories.ts';
import type { ListingFeature, PublicListing } from '#schema/listing.ts';
import type { ListingRow } from './rows.ts';

export type { ListingRow } from './rows.ts';

/** Prefixed: the spatial queries join listings to tables of their own. */
export const PUBLIC_COLUMNS = `l.id, l.name, l.category, l.status, l.status_until, l.address, l.postcode, l.commune, l.commune_insee,
  l.lat, l.lng, l.phone, l.website, l.services, l.opening_hours, l.last_confirmed_at, l.updated_at, l.osm_id, l.osm_claimed_at,
  l.holidays_as_usual`;

export function toPublicListing(row: ListingRow): PublicListing {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    status: row.status,
    statusUntil: row.status_until,
    address: row.address,
    postcode: row.postcode,
    commune: row.commune,
    communeInsee: row.commune_insee,
    lat: row.lat,
    lng: row.lng,
    phone: row.phone,
    website: row.website,
    services: JSON.parse(row.services) as Service[],
    openingHours: row.opening_hours,
    lastConfirmedAt: row.last_confirmed_at,
    updatedAt: row.updated_at,
    osm: row.osm_id ? { id: row.osm_id, claimed: row.osm_claimed_at !== null } : null,
    ...(row.holidays_as_usual === 1 ? { holidaysAsUsual: true } : {}),
  };
}

export function toFeature(listing: PublicListing): ListingFeature {
  return {
    type: 'Feature',
    id: listing.id,
    geometry: { type: 'Point', coordinates: [listing.lng, listing.lat] },
    properties: {
      id: listing.id,
      name: listing.name,
      category: listing.category,
      status: listing.status,
      commune: listing.commune,
      address: listing.address,
      services: listing.services,
      opening_hours: listing.openingHours,
      status_until: listing.statusUntil,
      last_confirmed_at: listing.lastConfirmedAt,
      ...(listing.holidaysAsUsual ? { holidays_as_usual: true } : {}),
    },
  };
}

/** The statement reading one published listing of the tenant; a statement, to ride in a batch. */
export function listingStatement(db: D1Database, tenantId: number, id: string): D1PreparedStatement {
  return db.prepare(`SELECT ${PUBLIC_COLUMNS} FROM listings l WHERE l.tenant_id = ?1 AND l.id = ?2 AND l.published = 1`).bind(tenantId, id);
}

export function listingOf(result: D1Result): PublicListing | null {
  const row = result.results[0] as ListingRow | undefined;
  return row ? toPublicListing(row) : null;
}

export async function findListing(db: D1Database, tenantId: number, id: string): Promise<PublicListing | null> {
  return listingOf(await listingStatement(db, tenantId, id).all());
}
