import { boxAround, distanceMetres } from '#schema/geo/distance.ts';
import { keyRanges } from '#schema/geo/ranges.ts';

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
    .prepare(`SELECT l.id, l.name, l.lat, l.lng FROM json_each(?2) r
      JOIN listings l ON l.tenant_id = ?1 AND l.h BETWEEN r.value->>0 AND r.value->>1
      WHERE l.lat BETWEEN ?3 AND ?4 AND l.lng BETWEEN ?5 AND ?6`)
    .bind(tenantId, JSON.stringify(keyRanges(box)), box.south, box.north, box.west, box.east)
    .all<{ id: string; name: string; lat: number; lng: number }>();
  const wanted = comparableName(candidate.name);
  const near = results.find(
    (row) => comparableName(row.name) === wanted && distanceMetres(row.lat, row.lng, candidate.lat, candidate.lng) <= DUPLICATE_RADIUS_M,
  );
  return near ? { id: near.id } : null;
}
