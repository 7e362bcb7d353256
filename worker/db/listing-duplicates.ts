import { boxAround, distanceMetres } from '#schema/geo/distance.ts';
import { keyRanges } from '#schema/geo/ranges.ts';
import { seekTable } from './seek-table.ts';

/** Two listings of the same name closer than this are the same business. */
export const DUPLICATE_RADIUS_M = 100;

/** Case, accents, punctuation and spacing do not make a different business. */
export function comparableName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type ExistingListing = { id: string };

/** The tenant's listing with this SIRET, else one of the same name within ~100 m, else null. */
export async function findDuplicate(
  db: D1Database,
  tenantId: number,
  candidate: { siret: string; name: string; lat: number; lng: number },
): Promise<ExistingListing | null> {
  const bySiret = await db
    .prepare('SELECT id FROM listings WHERE tenant_id = ?1 AND siret = ?2 LIMIT 1')
    .bind(tenantId, candidate.siret)
    .first<ExistingListing>();
  if (bySiret) return bySiret;
  const box = boxAround(candidate.lat, candidate.lng, DUPLICATE_RADIUS_M);
  // The spatial key ranges read only the neighbourhood, never the tenant's whole table.
  const { results } = await db
    .prepare(`WITH ${seekTable(keyRanges(box).map((range) => ({ range })))}
      SELECT l.id, l.name, l.lat, l.lng FROM seeks CROSS JOIN listings l INDEXED BY listings_tenant_h
      WHERE l.tenant_id = ?1 AND l.h BETWEEN seeks.first AND seeks.last AND l.lat BETWEEN ?2 AND ?3 AND l.lng BETWEEN ?4 AND ?5`)
    .bind(tenantId, box.south, box.north, box.west, box.east)
    .all<{ id: string; name: string; lat: number; lng: number }>();
  const wanted = comparableName(candidate.name);
  const near = results.find(
    (row) => comparableName(row.name) === wanted && distanceMetres(row.lat, row.lng, candidate.lat, candidate.lng) <= DUPLICATE_RADIUS_M,
  );
  return near ? { id: near.id } : null;
}
