import type { AuditEntry } from '#schema/console/listings.ts';

export type AuditRecord = {
  tenantId: number;
  actor: string;
  action: string;
  targetType: 'listing' | 'queue' | 'report' | 'settings' | 'staff' | 'import' | 'session';
  targetId: string | null;
  before?: unknown;
  after?: unknown;
  now: Date;
};

/** Goes into the same batch as the change it describes: no change without its entry. */
export function prepareAudit(db: D1Database, record: AuditRecord): D1PreparedStatement {
  return db
    .prepare(`INSERT INTO audit_log (tenant_id, actor, action, target_type, target_id, before_json, after_json, at)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)`)
    .bind(
      record.tenantId, record.actor, record.action, record.targetType, record.targetId,
      record.before === undefined ? null : JSON.stringify(record.before),
      record.after === undefined ? null : JSON.stringify(record.after),
      record.now.toISOString(),
    );
}

type AuditRow = { id: number; actor: string; action: string; target_type: string; target_id: string | null; before_json: string | null; after_json: string | null; at: string };

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id, actor: row.actor, action: row.action, targetType: row.target_type, targetId: row.target_id,
    before: row.before_json === null ? null : JSON.parse(row.before_json), after: row.after_json === null ? null : JSON.parse(row.after_json), at: row.at,
  };
}

export async function auditEntries(db: D1Database, tenantId: number, limit = 100, beforeId = Number.MAX_SAFE_INTEGER): Promise<AuditEntry[]> {
  const { results } = await db
    .prepare('SELECT * FROM audit_log WHERE tenant_id = ?1 AND id < ?2 ORDER BY id DESC LIMIT ?3')
    .bind(tenantId, beforeId, limit)
    .all<AuditRow>();
  return results.map(toEntry);
}

export async function targetHistory(db: D1Database, tenantId: number, targetType: AuditRecord['targetType'], targetId: string): Promise<AuditEntry[]> {
  const { results } = await db
    .prepare('SELECT * FROM audit_log WHERE tenant_id = ?1 AND target_type = ?2 AND target_id = ?3 ORDER BY at DESC, id DESC LIMIT 200')
    .bind(tenantId, targetType, targetId)
    .all<AuditRow>();
  return results.map(toEntry);
}
