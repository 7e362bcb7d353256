export type OutboxMail = { id: number; listingId: string | null; recipient: string; subject: string; text: string; createdAt: string };

/** The tenant's latest emails, newest first, as the local mailer stored them. */
export async function latestOutboxMails(db: D1Database, tenantId: number, limit = 50): Promise<OutboxMail[]> {
  const { results } = await db
    .prepare(`SELECT id, listing_id, recipient, subject, body_text, created_at FROM outbox
      WHERE tenant_id = ?1 ORDER BY id DESC LIMIT ?2`)
    .bind(tenantId, limit)
    .all<{ id: number; listing_id: string | null; recipient: string; subject: string; body_text: string; created_at: string }>();
  return results.map((row) => ({ id: row.id, listingId: row.listing_id, recipient: row.recipient, subject: row.subject, text: row.body_text, createdAt: row.created_at }));
}
