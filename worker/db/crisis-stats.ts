import type { CrisisPeriodStats } from '#schema/crisis.ts';

const METRICS = ['search', 'listing_view', 'map_view'] as const;
type Metric = (typeof METRICS)[number];
const DAY_MS = 86_400_000;

function emptyCounts(): Record<Metric, number> {
  return { search: 0, listing_view: 0, map_view: 0 };
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Public use during each crisis period against the same number of days just before it, read
 * from the per-day counters: the split needs only each period's first and last day.
 */
export async function crisisStats(db: D1Database, tenantId: number, now: Date): Promise<CrisisPeriodStats[]> {
  const { results: periods } = await db
    .prepare('SELECT id, started_at, ended_at FROM crisis_periods WHERE tenant_id = ?1 ORDER BY started_at DESC LIMIT 20')
    .bind(tenantId)
    .all<{ id: number; started_at: string; ended_at: string | null }>();
  if (periods.length === 0) return [];
  const windows = periods.map((period) => {
    const first = period.started_at.slice(0, 10);
    const last = (period.ended_at ?? now.toISOString()).slice(0, 10);
    const days = Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS) + 1;
    return { period, first, last, days, beforeFirst: addDays(first, -days) };
  });
  const sums = (from: string, to: string) =>
    db.prepare('SELECT metric, sum(n) AS n FROM daily_counts WHERE tenant_id = ?1 AND day BETWEEN ?2 AND ?3 GROUP BY metric').bind(tenantId, from, to);
  const answers = await db.batch<{ metric: Metric; n: number }>(windows.flatMap((w) => [sums(w.first, w.last), sums(w.beforeFirst, addDays(w.first, -1))]));
  const counts = (index: number) => {
    const result = emptyCounts();
    for (const row of answers[index]?.results ?? []) result[row.metric] = row.n;
    return result;
  };
  return windows.map((w, i) => ({ id: w.period.id, startedAt: w.period.started_at, endedAt: w.period.ended_at, days: w.days, during: counts(2 * i), before: counts(2 * i + 1) }));
}
