import { sha256Hex } from '../services/tokens.ts';

/**
 * Counts one more mail to this address for this purpose today, unless `cap` were already sent:
 * the check and the count are one statement, so concurrent requests cannot pass the cap.
 * Answers whether the mail may go.
 */
export async function takeMailAllowance(db: D1Database, tenantId: number, recipient: string, purpose: string, cap: number, now: Date): Promise<boolean> {
  const row = await db
    .prepare(`INSERT INTO recipient_mail_counts (tenant_id, recipient_hash, purpose, day, sent) VALUES (?1, ?2, ?3, ?4, 1)
      ON CONFLICT (tenant_id, recipient_hash, purpose, day) DO UPDATE SET sent = sent + 1 WHERE sent < ?5
      RETURNING sent`)
    .bind(tenantId, await sha256Hex(recipient.toLowerCase()), purpose, now.toISOString().slice(0, 10), cap)
    .first<{ sent: number }>();
  return row !== null;
}

/** Yesterday's counts are kept until the day is over everywhere; older ones are useless. */
export async function forgetPastMailCounts(db: D1Database, now: Date): Promise<void> {
  const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
  await db.prepare('DELETE FROM recipient_mail_counts WHERE day < ?1').bind(yesterday).run();
}
