import type { Bbox } from '#schema/bbox.ts';
import type { Category, Service } from '#schema/categories.ts';
import type { ListingFeature, PublicListing } from '#schema/listing.ts';
import type { ListingStatus } from '#schema/status.ts';

type ListingRow = {
  id: string;
  name: string;
  category: Category;
  status: ListingStatus;
  address: string;
  postcode: string;
  commune: string;
  commune_insee: string;
  lat: number;
  lng: number;
  phone: string | null;
  website: string | null;
  services: string;
  opening_hours: string;
  last_confirmed_at: string;
  updated_at: string;
};

const PUBLIC_COLUMNS = `id, name, category, status, address, postcode, commune, commune_insee, lat, lng,
  phone, website, services, opening_hours, last_confirmed_at, updated_at`;

function toPublicListing(row: ListingRow): PublicListing {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    status: row.status,
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
    },
  };
}

export async function findListing(db: D1Database, tenantId: number, id: string): Promise<PublicListing | null> {
  const row = await db
    .prepare(`SELECT ${PUBLIC_COLUMNS} FROM listings WHERE tenant_id = ?1 AND id = ?2`)
    .bind(tenantId, id)
    .first<ListingRow>();
  return row ? toPublicListing(row) : null;
}

export type ListingsInBox = { listings: PublicListing[]; truncated: boolean };

export async function findListingsInBox(db: D1Database, tenantId: number, box: Bbox, limit: number): Promise<ListingsInBox> {
  const { results } = await db
    .prepare(`SELECT ${PUBLIC_COLUMNS} FROM listings
      WHERE tenant_id = ?1 AND lat BETWEEN ?2 AND ?3 AND lng BETWEEN ?4 AND ?5
      LIMIT ?6`)
    .bind(tenantId, box.south, box.north, box.west, box.east, limit + 1)
    .all<ListingRow>();
  return { listings: results.slice(0, limit).map(toPublicListing), truncated: results.length > limit };
}
