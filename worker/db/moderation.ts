import type { SiretCheck } from '#schema/company-directory.ts';
import type { HoldReason, ModerationMode } from '#schema/registration.ts';

export type ModerationSettings = { mode: ModerationMode; staleAfterDays: number };

export async function moderationSettings(db: D1Database, tenantId: number): Promise<ModerationSettings> {
  const row = await db
    .prepare('SELECT moderation_mode, stale_after_days FROM tenants WHERE id = ?1')
    .bind(tenantId)
    .first<{ moderation_mode: ModerationMode; stale_after_days: number }>();
  if (!row) throw new Error(`tenant ${tenantId} has no settings`);
  return { mode: row.moderation_mode, staleAfterDays: row.stale_after_days };
}

export type QueueEntry = {
  tenantId: number; listingId: string; kind: 'registration' | 'edit'; mode: ModerationMode; changes: unknown; now: Date; holdReason?: HoldReason | null;
  siretCheck?: SiretCheck | null;
  /** An edit's fields before it, for the before/after the console shows. */
  previous?: Record<string, unknown> | null;
};

/** Every registration and every edit is queued for the CCI, whichever the mode. */
export function prepareQueueEntry(db: D1Database, entry: QueueEntry): D1PreparedStatement {
  return db
    .prepare('INSERT INTO moderation_queue (tenant_id, listing_id, kind, mode, changes, created_at, hold_reason, siret_check, previous) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)')
    .bind(
      entry.tenantId, entry.listingId, entry.kind, entry.mode, JSON.stringify(entry.changes), entry.now.toISOString(), entry.holdReason ?? null,
      entry.siretCheck ?? null, entry.previous ? JSON.stringify(entry.previous) : null,
    );
}
