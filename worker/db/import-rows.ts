import type { ImportRowError } from '#schema/console/import.ts';
import type { StagedRow } from '../services/import-rows.ts';

/** A chunk of staged rows in one batch; a line sent twice (a retried chunk) replaces the first. */
export async function stageRows(db: D1Database, tenantId: number, importId: string, rows: readonly StagedRow[], now: Date): Promise<void> {
  await db
    .prepare(`INSERT OR REPLACE INTO import_rows (tenant_id, import_id, line, fields, error, created_at, notes)
      SELECT ?1, ?2, value->>'line', nullif(value->'fields', 'null'), nullif(value->'errors', 'null'), ?4, nullif(value->'notes', 'null') FROM json_each(?3)`)
    .bind(tenantId, importId, JSON.stringify(rows), now.toISOString())
    .run();
}

export type StagedSummary = { total: number; valid: number; errors: Array<{ line: number; fields: Record<string, string[]> }> };

export async function stagedSummary(db: D1Database, tenantId: number, importId: string): Promise<StagedSummary> {
  const [counts, errors] = await db.batch<{ total: number; valid: number } | { line: number; error: string }>([
    db
      .prepare('SELECT count(*) AS total, count(fields) AS valid FROM import_rows WHERE tenant_id = ?1 AND import_id = ?2')
      .bind(tenantId, importId),
    db
      .prepare('SELECT line, error FROM import_rows WHERE tenant_id = ?1 AND import_id = ?2 AND error IS NOT NULL ORDER BY line')
      .bind(tenantId, importId),
  ]);
  const count = counts?.results[0] as { total: number; valid: number } | undefined;
  return {
    total: count?.total ?? 0,
    valid: count?.valid ?? 0,
    errors: ((errors?.results ?? []) as Array<{ line: number; error: string }>).map(
      (row): ImportRowError => ({ line: row.line, fields: JSON.parse(row.error) as Record<string, string[]> }),
    ),
  };
}

export function prepareStagingDelete(db: D1Database, tenantId: number, importId: string): D1PreparedStatement {
  return db.prepare('DELETE FROM import_rows WHERE tenant_id = ?1 AND import_id = ?2').bind(tenantId, importId);
}
