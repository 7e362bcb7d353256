export type NetworkTenant = { slug: string; name: string; disabled: boolean; centre: { lat: number; lng: number }; listings: number; open: number };

export type NetworkCell = { level: number; cell: number; count: number; open: number; lat: number; lng: number };

/** Every tenant with its listing counts, read from the maintained per-cell counts (coarsest level). */
export async function networkTenants(db: D1Database): Promise<NetworkTenant[]> {
  const { results } = await db
    .prepare(`SELECT t.slug, t.name, t.disabled_at, t.centre_lat, t.centre_lng, ifnull(sum(c.n), 0) AS n, ifnull(sum(c.n_open + c.n_adapted), 0) AS open
      FROM tenants t LEFT JOIN listing_cells c ON c.tenant_id = t.id AND c.category = '' AND c.level = 4
      GROUP BY t.id ORDER BY t.name`)
    .all<{ slug: string; name: string; disabled_at: string | null; centre_lat: number; centre_lng: number; n: number; open: number }>();
  return results.map((row) => ({
    slug: row.slug, name: row.name, disabled: row.disabled_at !== null, centre: { lat: row.centre_lat, lng: row.centre_lng }, listings: row.n, open: row.open,
  }));
}

/** Cells of every tenant together: the national map's aggregates, never individual listings. */
export async function networkCells(db: D1Database, level: number): Promise<NetworkCell[]> {
  const { results } = await db
    .prepare(`SELECT cell, sum(n) AS n, sum(n_open + n_adapted) AS open, sum(sum_lat_e6) AS lat6, sum(sum_lng_e6) AS lng6
      FROM listing_cells WHERE category = '' AND level = ?1 GROUP BY cell HAVING sum(n) > 0`)
    .bind(level)
    .all<{ cell: number; n: number; open: number; lat6: number; lng6: number }>();
  return results.map((row) => ({ level, cell: row.cell, count: row.n, open: row.open, lat: row.lat6 / row.n / 1e6, lng: row.lng6 / row.n / 1e6 }));
}
