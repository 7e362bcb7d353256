import type { Language } from '#schema/tenant.ts';

export type Subscriber = {
  id: number; listingId: string; channel: 'email' | 'push'; address: string; p256dh: string | null; auth: string | null;
  language: Language; unsubscribeSalt: string;
};

type SubscriberRow = { id: number; listing_id: string; channel: 'email' | 'push'; address: string; p256dh: string | null; auth: string | null; language: Language; unsubscribe_salt: string };

const toSubscriber = (row: SubscriberRow): Subscriber => ({
  id: row.id, listingId: row.listing_id, channel: row.channel, address: row.address, p256dh: row.p256dh, auth: row.auth, language: row.language, unsubscribeSalt: row.unsubscribe_salt,
});

export type NewSubscription = {
  tenantId: number; listingId: string; channel: 'email' | 'push'; address: string; p256dh?: string | null; auth?: string | null;
  language: Language; confirmHash: string | null; unsubscribeSalt: string; unsubscribeHash: string; now: Date;
};

/**
 * One row per address and listing. Asking again before confirming replaces the confirmation
 * token (the older email stops working); a confirmed subscription keeps its state, so a
 * stranger typing someone's address cannot undo or redo their opt-in.
 */
export async function upsertSubscription(db: D1Database, sub: NewSubscription): Promise<{ id: number; unsubscribeSalt: string; confirmed: boolean }> {
  const at = sub.now.toISOString();
  const row = await db
    .prepare(`INSERT INTO alert_subscriptions (tenant_id, listing_id, channel, address, p256dh, auth, language, confirm_hash, unsubscribe_salt,
        unsubscribe_hash, created_at, confirmed_at)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?11, ?9, ?10, CASE WHEN ?8 IS NULL THEN ?10 END)
      ON CONFLICT (tenant_id, listing_id, channel, address) DO UPDATE SET
        confirm_hash = CASE WHEN confirmed_at IS NULL THEN excluded.confirm_hash ELSE confirm_hash END,
        p256dh = coalesce(excluded.p256dh, p256dh), auth = coalesce(excluded.auth, auth), language = excluded.language
      RETURNING id, unsubscribe_salt, confirmed_at`)
    .bind(sub.tenantId, sub.listingId, sub.channel, sub.address, sub.p256dh ?? null, sub.auth ?? null, sub.language, sub.confirmHash, sub.unsubscribeHash, at, sub.unsubscribeSalt)
    .first<{ id: number; unsubscribe_salt: string; confirmed_at: string | null }>();
  return { id: row!.id, unsubscribeSalt: row!.unsubscribe_salt, confirmed: row!.confirmed_at !== null };
}

export async function confirmSubscription(db: D1Database, tenantId: number, confirmHash: string, now: Date): Promise<string | null> {
  const row = await db
    .prepare(`UPDATE alert_subscriptions SET confirmed_at = ?3, confirm_hash = NULL WHERE confirm_hash = ?1 AND tenant_id = ?2 RETURNING listing_id`)
    .bind(confirmHash, tenantId, now.toISOString())
    .first<{ listing_id: string }>();
  return row?.listing_id ?? null;
}

/** Erases the subscription, address included: nothing of it remains. */
export async function deleteByUnsubscribeHash(db: D1Database, tenantId: number, hash: string): Promise<boolean> {
  const { meta } = await db.prepare('DELETE FROM alert_subscriptions WHERE unsubscribe_hash = ?1 AND tenant_id = ?2').bind(hash, tenantId).run();
  return meta.changes > 0;
}

export async function deletePushSubscription(db: D1Database, tenantId: number, listingId: string, endpoint: string): Promise<boolean> {
  const { meta } = await db
    .prepare(`DELETE FROM alert_subscriptions WHERE tenant_id = ?1 AND listing_id = ?2 AND channel = 'push' AND address = ?3`)
    .bind(tenantId, listingId, endpoint)
    .run();
  return meta.changes > 0;
}

/** A push endpoint the push service says is gone (404/410): every listing it followed forgets it. */
export async function deleteEndpoint(db: D1Database, endpoint: string): Promise<void> {
  await db.prepare(`DELETE FROM alert_subscriptions WHERE channel = 'push' AND address = ?1`).bind(endpoint).run();
}

/** What the listing's owner may know about its followers: how many, nothing else. */
export async function followerCount(db: D1Database, tenantId: number, listingId: string): Promise<number> {
  const row = await db
    .prepare('SELECT count(*) AS n FROM alert_subscriptions WHERE tenant_id = ?1 AND listing_id = ?2 AND confirmed_at IS NOT NULL')
    .bind(tenantId, listingId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/**
 * Takes the subscriber's daily slot: answers true once per 24 hours per subscription, even with
 * two dispatchers running at once (the UPDATE only matches while the slot is free).
 */
export async function takeDailySlot(db: D1Database, id: number, now: Date): Promise<boolean> {
  const row = await db
    .prepare(`UPDATE alert_subscriptions SET last_alert_at = ?2 WHERE id = ?1 AND (last_alert_at IS NULL OR last_alert_at <= ?3) RETURNING id`)
    .bind(id, now.toISOString(), new Date(now.getTime() - 86_400_000).toISOString())
    .first<{ id: number }>();
  return row !== null;
}

export async function confirmedSubscribers(db: D1Database, tenantId: number, listingId: string): Promise<Subscriber[]> {
  const { results } = await db
    .prepare(`SELECT id, listing_id, channel, address, p256dh, auth, language, unsubscribe_salt FROM alert_subscriptions
      WHERE tenant_id = ?1 AND listing_id = ?2 AND confirmed_at IS NOT NULL`)
    .bind(tenantId, listingId)
    .all<SubscriberRow>();
  return results.map(toSubscriber);
}

export type AlertEvent = { id: number; tenantId: number; listingId: string; kind: 'reopened' | 'hours_changed' };

/** Removes and answers the oldest events in one statement: each is handled by one dispatcher only. */
export async function takeAlertEvents(db: D1Database, tenantId: number | null, limit: number): Promise<AlertEvent[]> {
  const { results } = await db
    .prepare(`DELETE FROM alert_events WHERE id IN (SELECT id FROM alert_events WHERE ?1 IS NULL OR tenant_id = ?1 ORDER BY id LIMIT ?2)
      RETURNING id, tenant_id, listing_id, kind`)
    .bind(tenantId, limit)
    .all<{ id: number; tenant_id: number; listing_id: string; kind: AlertEvent['kind'] }>();
  return results.map((row) => ({ id: row.id, tenantId: row.tenant_id, listingId: row.listing_id, kind: row.kind })).sort((a, b) => a.id - b.id);
}
