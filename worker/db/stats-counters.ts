export type UsageMetric = 'search' | 'listing_view' | 'map_view';

/** Uses of one metric on one day (UTC), not yet written. */
export type UsageCount = { metric: UsageMetric; day: string; n: number };

/** Several uses in one statement: a number per tenant, metric and day, nothing about who. */
export function prepareUsageIncrements(db: D1Database, tenantId: number, counts: readonly UsageCount[]): D1PreparedStatement {
  const rows = counts.map((_, index) => `(?1, ?${3 * index + 2}, ?${3 * index + 3}, ?${3 * index + 4})`).join(', ');
  return db
    .prepare(`INSERT INTO daily_counts (tenant_id, day, metric, n) VALUES ${rows}
      ON CONFLICT (tenant_id, metric, day) DO UPDATE SET n = n + excluded.n`)
    .bind(tenantId, ...counts.flatMap(({ day, metric, n }) => [day, metric, n]));
}
