import type { Language } from '#schema/tenant.ts';
import { sendPrivateLink, type LinkRecipient } from './link-mail.ts';
import type { Mailer } from './mailer.ts';

const MAX_ATTEMPTS = 8;
const FIRST_DELAY_MS = 5 * 60_000;

/**
 * Sends the private link, and when the mail provider fails, keeps the request to try again
 * from the Cron: the registration stands, and the shopkeeper still gets a link, a bit later.
 * Answers whether the mail went now.
 */
export async function sendPrivateLinkOrRetryLater(db: D1Database, mailer: Mailer, recipient: LinkRecipient, language: Language, now: Date): Promise<boolean> {
  try {
    await sendPrivateLink(db, mailer, recipient, language, now);
    return true;
  } catch (error) {
    console.error('Private link mail failed, queued for retry', error);
    await db
      .prepare(`INSERT INTO link_mail_retries (listing_id, tenant_id, language, origin, attempts, next_attempt_at, last_error)
        VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6)
        ON CONFLICT (listing_id) DO UPDATE SET next_attempt_at = excluded.next_attempt_at, last_error = excluded.last_error`)
      .bind(recipient.listingId, recipient.tenantId, language, recipient.origin, new Date(now.getTime() + FIRST_DELAY_MS).toISOString(), String(error).slice(0, 300))
      .run();
    return false;
  }
}

type DueRetry = { listing_id: string; tenant_id: number; language: Language; origin: string; attempts: number; tenant_name: string; listing_name: string; email: string | null };

/** Retries the due link mails, backing off exponentially; gives up after MAX_ATTEMPTS. */
export async function retryLinkMails(db: D1Database, mailer: Mailer, now: Date): Promise<{ sent: number; failed: number }> {
  const { results } = await db
    .prepare(`SELECT r.listing_id, r.tenant_id, r.language, r.origin, r.attempts, t.name AS tenant_name, l.name AS listing_name, l.email
      FROM link_mail_retries r JOIN listings l ON l.id = r.listing_id AND l.tenant_id = r.tenant_id JOIN tenants t ON t.id = r.tenant_id
      WHERE r.next_attempt_at <= ?1 AND r.attempts < ?2 LIMIT 100`)
    .bind(now.toISOString(), MAX_ATTEMPTS)
    .all<DueRetry>();
  let sent = 0;
  let failed = 0;
  for (const due of results) {
    if (!due.email) {
      await db.prepare('DELETE FROM link_mail_retries WHERE listing_id = ?1').bind(due.listing_id).run();
      continue;
    }
    const recipient = { tenantId: due.tenant_id, tenantName: due.tenant_name, origin: due.origin, listingId: due.listing_id, listingName: due.listing_name, email: due.email };
    try {
      await sendPrivateLink(db, mailer, recipient, due.language, now);
      await db.prepare('DELETE FROM link_mail_retries WHERE listing_id = ?1').bind(due.listing_id).run();
      sent++;
    } catch (error) {
      const delay = FIRST_DELAY_MS * 2 ** (due.attempts + 1);
      await db
        .prepare('UPDATE link_mail_retries SET attempts = attempts + 1, next_attempt_at = ?2, last_error = ?3 WHERE listing_id = ?1')
        .bind(due.listing_id, new Date(now.getTime() + delay).toISOString(), String(error).slice(0, 300))
        .run();
      failed++;
    }
  }
  return { sent, failed };
}
