import type { Report } from '#schema/reports.ts';

export async function countRecentReports(db: D1Database, tenantId: number, reporterHash: string, since: Date): Promise<number> {
  const row = await db
    .prepare('SELECT COUNT(*) AS n FROM reports WHERE tenant_id = ?1 AND reporter_hash = ?2 AND created_at >= ?3')
    .bind(tenantId, reporterHash, since.toISOString())
    .first<{ n: number }>();
  return row?.n ?? 0;
}

export async function insertReport(db: D1Database, tenantId: number, listingId: string, report: Report, reporterHash: string, now: Date): Promise<number> {
  const row = await db
    .prepare(`INSERT INTO reports (tenant_id, listing_id, reason, comment, reporter_hash, created_at)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id`)
    .bind(tenantId, listingId, report.reason, report.comment, reporterHash, now.toISOString())
    .first<{ id: number }>();
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return row.id;
}
