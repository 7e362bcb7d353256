import type { QueueFilter, QueueItem, QueueKind } from '#schema/console/moderation.ts';
import type { SiretCheck } from '#schema/company-directory.ts';
import type { HoldReason } from '#schema/registration.ts';

type QueueRow = {
  id: string; kind: QueueKind; listing_id: string; name: string; category: QueueItem['category']; commune: string; commune_insee: string;
  status: QueueItem['status']; published: number; created_at: string; details: string; hold_reason: HoldReason | null; siret_check: SiretCheck | null;
  previous: string | null;
};

const QUEUE_LIMIT = 500;

/**
 * What waits for the CCI, oldest first: pending registrations and edits, and open reports, each
 * with the listing it is about. Filters apply to both; an item id says which table it comes from.
 */
export async function pendingQueue(db: D1Database, tenantId: number, filter: QueueFilter, now: Date): Promise<QueueItem[]> {
  const cutoff = filter.minAgeDays === undefined ? null : new Date(now.getTime() - filter.minAgeDays * 86_400_000).toISOString();
  const listingFilter = `(?3 IS NULL OR l.commune_insee = ?3) AND (?4 IS NULL OR l.category = ?4)`;
  const { results } = await db
    .prepare(`SELECT * FROM (
        SELECT 'q' || q.id AS id, q.kind, q.listing_id, l.name, l.category, l.commune, l.commune_insee, l.status, l.published,
          q.created_at, q.changes AS details, q.hold_reason, q.siret_check, q.previous
        FROM moderation_queue q JOIN listings l ON l.tenant_id = q.tenant_id AND l.id = q.listing_id
        WHERE q.tenant_id = ?1 AND q.state = 'pending' AND (?2 IS NULL OR q.kind = ?2) AND (?5 IS NULL OR q.created_at <= ?5) AND ${listingFilter}
        UNION ALL
        SELECT 'r' || r.id, 'report', r.listing_id, l.name, l.category, l.commune, l.commune_insee, l.status, l.published,
          r.created_at, json_object('reason', r.reason, 'comment', r.comment), NULL, NULL, NULL
        FROM reports r JOIN listings l ON l.tenant_id = r.tenant_id AND l.id = r.listing_id
        WHERE r.tenant_id = ?1 AND r.status = 'open' AND (?2 IS NULL OR ?2 = 'report') AND (?5 IS NULL OR r.created_at <= ?5) AND ${listingFilter}
      ) ORDER BY created_at LIMIT ${QUEUE_LIMIT}`)
    .bind(tenantId, filter.kind ?? null, filter.commune ?? null, filter.category ?? null, cutoff)
    .all<QueueRow>();
  return results.map((row) => ({
    id: row.id, kind: row.kind, listingId: row.listing_id, listingName: row.name, category: row.category, commune: row.commune,
    communeInsee: row.commune_insee, status: row.status, published: row.published === 1, createdAt: row.created_at,
    details: JSON.parse(row.details) as Record<string, unknown>, holdReason: row.hold_reason, siretCheck: row.siret_check,
    previous: row.previous === null ? null : (JSON.parse(row.previous) as Record<string, unknown>),
  }));
}

export type PendingItem = { id: string; kind: QueueKind; listingId: string; listingName: string; email: string | null };

/** The pending items of this tenant among the ids asked for; ids of another tenant are not found. */
export async function findPendingItems(db: D1Database, tenantId: number, ids: readonly string[]): Promise<PendingItem[]> {
  const queueIds = ids.filter((id) => id.startsWith('q')).map((id) => Number(id.slice(1)));
  const reportIds = ids.filter((id) => id.startsWith('r')).map((id) => Number(id.slice(1)));
  const { results } = await db
    .prepare(`SELECT 'q' || q.id AS id, q.kind, q.listing_id, l.name, l.email
        FROM moderation_queue q JOIN listings l ON l.tenant_id = q.tenant_id AND l.id = q.listing_id
        WHERE q.tenant_id = ?1 AND q.state = 'pending' AND q.id IN (SELECT value FROM json_each(?2))
      UNION ALL
      SELECT 'r' || r.id, 'report', r.listing_id, l.name, l.email
        FROM reports r JOIN listings l ON l.tenant_id = r.tenant_id AND l.id = r.listing_id
        WHERE r.tenant_id = ?1 AND r.status = 'open' AND r.id IN (SELECT value FROM json_each(?3))`)
    .bind(tenantId, JSON.stringify(queueIds), JSON.stringify(reportIds))
    .all<{ id: string; kind: QueueKind; listing_id: string; name: string; email: string | null }>();
  return results.map((row) => ({ id: row.id, kind: row.kind, listingId: row.listing_id, listingName: row.name, email: row.email }));
}

export function prepareQueueDecision(db: D1Database, tenantId: number, item: PendingItem, approved: boolean, now: Date): D1PreparedStatement {
  const id = Number(item.id.slice(1));
  if (item.kind === 'report') {
    return db.prepare('UPDATE reports SET status = ?3 WHERE tenant_id = ?1 AND id = ?2').bind(tenantId, id, approved ? 'resolved' : 'dismissed');
  }
  return db
    .prepare('UPDATE moderation_queue SET state = ?3, decided_at = ?4 WHERE tenant_id = ?1 AND id = ?2')
    .bind(tenantId, id, approved ? 'approved' : 'rejected', now.toISOString());
}
