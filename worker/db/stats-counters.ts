export type UsageMetric = 'search' | 'listing_view' | 'map_view';

/** One more use today: a number per tenant, metric and day, nothing about who. */
export function prepareUsageIncrement(db: D1Database, tenantId: number, metric: UsageMetric, now: Date): D1PreparedStatement {
  return db
    .prepare(`INSERT INTO daily_counts (tenant_id, day, metric, n) VALUES (?1, ?2, ?3, 1)
      ON CONFLICT (tenant_id, metric, day) DO UPDATE SET n = n + 1`)
    .bind(tenantId, now.toISOString().slice(0, 10), metric);
}
