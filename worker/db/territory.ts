import { boxContains } from '#schema/geo/distance.ts';
import type { Tenant } from '../tenant.ts';

export type TerritoryCheck = { inside: true } | { inside: false; coveredBy: { name: string; slug: string } | null };

/**
 * Whether a point is in the tenant's territory (its bounds); if not, the CCI whose territory
 * holds it, the smallest one when boxes overlap, so that the shopkeeper knows where to go.
 */
export async function checkTerritory(db: D1Database, tenant: Tenant, lat: number, lng: number): Promise<TerritoryCheck> {
  if (boxContains(tenant.bounds, lat, lng)) return { inside: true };
  const other = await db
    .prepare(`SELECT name, slug FROM tenants
      WHERE id <> ?1 AND disabled_at IS NULL AND ?2 BETWEEN bounds_south AND bounds_north AND ?3 BETWEEN bounds_west AND bounds_east
      ORDER BY (bounds_north - bounds_south) * (bounds_east - bounds_west) LIMIT 1`)
    .bind(tenant.id, lat, lng)
    .first<{ name: string; slug: string }>();
  return { inside: false, coveredBy: other ?? null };
}

/** The INSEE codes of the communes of the tenant's territory, in code order. */
export function territoryCommunesStatement(db: D1Database, tenantId: number): D1PreparedStatement {
  return db.prepare('SELECT insee FROM tenant_communes WHERE tenant_id = ?1 ORDER BY insee').bind(tenantId);
}

export function territoryCommunesOf(result: D1Result): string[] {
  return (result.results as Array<{ insee: string }>).map((row) => row.insee);
}
