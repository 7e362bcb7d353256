import type { Report } from '#schema/reports.ts';

export type ReportLimit = { max: number; since: Date };

/**
 * Files the report unless this reporter already sent `limit.max` since `limit.since`: the count
 * and the insert are one statement, so concurrent reports cannot all slip under the limit.
 * Answers the report's public id, or null when the limit is reached.
 */
export async function insertReportWithinLimit(
  db: D1Database,
  tenantId: number,
  listingId: string,
  report: Report,
  reporterHash: string,
  now: Date,
  limit: ReportLimit,
): Promise<string | null> {
  const row = await db
    .prepare(`INSERT INTO reports (public_id, tenant_id, listing_id, reason, comment, reporter_hash, created_at)
      SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7
      WHERE (SELECT COUNT(*) FROM reports WHERE tenant_id = ?2 AND reporter_hash = ?6 AND created_at >= ?8) < ?9
      RETURNING public_id`)
    .bind(crypto.randomUUID(), tenantId, listingId, report.reason, report.comment, reporterHash, now.toISOString(), limit.since.toISOString(), limit.max)
    .first<{ public_id: string }>();
  return row?.public_id ?? null;
}
