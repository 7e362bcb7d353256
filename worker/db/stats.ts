import type { CountBy, DailySeries, TenantStats } from '#schema/console/stats.ts';

type KeyCount = { key: string; count: number };
type DayCount = { day: string; count: number };

/** Counts over the tenant's listings and its daily use for the last `days` days, in one round trip. */
export async function tenantStats(db: D1Database, tenantId: number, days: number, now: Date): Promise<TenantStats> {
  const since = new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
  const grouped = (column: string) =>
    db.prepare(`SELECT ${column} AS key, count(*) AS count FROM listings WHERE tenant_id = ?1 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50`).bind(tenantId);
  const queued = (kind: string) =>
    db
      .prepare(`SELECT substr(created_at, 1, 10) AS day, count(*) AS count FROM moderation_queue
        WHERE tenant_id = ?1 AND kind = ?2 AND created_at >= ?3 GROUP BY 1 ORDER BY 1`)
      .bind(tenantId, kind, since);
  const used = (metric: string) =>
    db.prepare('SELECT day, n AS count FROM daily_counts WHERE tenant_id = ?1 AND metric = ?2 AND day >= ?3 ORDER BY day').bind(tenantId, metric, since);
  const results = await db.batch<KeyCount | DayCount>([
    grouped('status'), grouped('category'), grouped('commune'), queued('registration'), queued('edit'), used('search'), used('listing_view'),
  ]);
  const rows = (index: number) => results[index]?.results ?? [];
  return {
    byStatus: rows(0) as CountBy,
    byCategory: rows(1) as CountBy,
    byCommune: rows(2) as CountBy,
    registrations: rows(3) as DailySeries,
    updates: rows(4) as DailySeries,
    searches: rows(5) as DailySeries,
    listingViews: rows(6) as DailySeries,
    days,
  };
}
