/** How many attempts a row gets before it stays failed for a person to look at. */
export const MAX_ATTEMPTS = 5;
/**
 * A row claimed this long ago and never marked sent or failed belongs to a run that died between
 * claiming and reporting: it is taken again. Longer than any one chunk can take.
 */
export const CLAIM_LEASE_MS = 10 * 60_000;

export type ClaimedRecipient = { listingId: string; name: string; email: string; tokenHash: string };

type Candidate = { listing_id: string; state: string; claimed_at: string | null; name: string; email: string };

/** Emails the campaign sent in the last minute: the rate limit holds across isolates and runs. */
export async function sentInLastMinute(db: D1Database, campaignId: number, now: Date): Promise<number> {
  const row = await db
    .prepare('SELECT count(*) AS n FROM campaign_recipients WHERE campaign_id = ?1 AND sent_at > ?2')
    .bind(campaignId, new Date(now.getTime() - 60_000).toISOString())
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/**
 * Claims up to `limit` rows with compare-and-set; a paused campaign has none to claim: each UPDATE only matches the row in the state
 * it was read in, so two runs at once never claim the same listing. The claim stores the hash of
 * the answer token the email will carry; a retried row gets a new token, the old one dies.
 */
export async function claimRecipients(
  db: D1Database,
  campaignId: number,
  limit: number,
  now: Date,
  tokenHashFor: (listingId: string) => Promise<string>,
  tokenTtlMs: number,
): Promise<ClaimedRecipient[]> {
  if (limit <= 0) return [];
  const at = now.toISOString();
  const { results } = await db
    .prepare(`SELECT r.listing_id, r.state, r.claimed_at, l.name, l.email FROM campaign_recipients r
      JOIN listings l ON l.id = r.listing_id AND l.tenant_id = r.tenant_id
      WHERE r.campaign_id = ?1 AND l.email IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM campaigns c WHERE c.id = ?1 AND c.paused_at IS NOT NULL)
        AND (r.state = 'pending' OR (r.state = 'failed' AND r.attempts < ?2) OR (r.state = 'sending' AND r.claimed_at < ?3))
      ORDER BY r.state = 'pending' DESC, r.listing_id LIMIT ?4`)
    .bind(campaignId, MAX_ATTEMPTS, new Date(now.getTime() - CLAIM_LEASE_MS).toISOString(), limit)
    .all<Candidate>();
  if (results.length === 0) return [];
  const hashes = await Promise.all(results.map((row) => tokenHashFor(row.listing_id)));
  const expires = new Date(now.getTime() + tokenTtlMs).toISOString();
  const claims = await db.batch<{ listing_id: string }>(
    results.map((row, i) =>
      db
        .prepare(`UPDATE campaign_recipients SET state = 'sending', claimed_at = ?3, attempts = attempts + 1, token_hash = ?4,
            token_expires_at = ?5, token_used_at = NULL
          WHERE campaign_id = ?1 AND listing_id = ?2 AND state = ?6 AND claimed_at IS ?7
          RETURNING listing_id`)
        .bind(campaignId, row.listing_id, at, hashes[i], expires, row.state, row.claimed_at),
    ),
  );
  return results
    .map((row, i) => (claims[i]?.results.length ? { listingId: row.listing_id, name: row.name, email: row.email, tokenHash: hashes[i]! } : null))
    .filter((row): row is ClaimedRecipient => row !== null);
}

export async function markSent(db: D1Database, campaignId: number, listingId: string, now: Date): Promise<void> {
  await db
    .prepare(`UPDATE campaign_recipients SET state = 'sent', sent_at = ?3, last_error = NULL WHERE campaign_id = ?1 AND listing_id = ?2 AND state = 'sending'`)
    .bind(campaignId, listingId, now.toISOString())
    .run();
}

/** A refused address (bounced) is not retried; anything else (failed) is, up to MAX_ATTEMPTS. */
export async function markUndelivered(db: D1Database, campaignId: number, listingId: string, state: 'failed' | 'bounced', error: string): Promise<void> {
  await db
    .prepare(`UPDATE campaign_recipients SET state = ?3, last_error = ?4, token_hash = NULL WHERE campaign_id = ?1 AND listing_id = ?2 AND state = 'sending'`)
    .bind(campaignId, listingId, state, error.slice(0, 200))
    .run();
}

export async function remainingRecipients(db: D1Database, campaignId: number): Promise<number> {
  const row = await db
    .prepare(`SELECT count(*) AS n FROM campaign_recipients WHERE campaign_id = ?1 AND (state IN ('pending', 'sending') OR (state = 'failed' AND attempts < ?2))`)
    .bind(campaignId, MAX_ATTEMPTS)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/**
 * Spends an answer token: unused, unexpired, of this tenant. Answers the listing it belongs to,
 * once; any later use of the same token answers null.
 */
export async function spendAnswerToken(db: D1Database, tenantId: number, tokenHash: string, answer: string, now: Date): Promise<{ listingId: string; campaignId: number } | null> {
  const at = now.toISOString();
  const row = await db
    .prepare(`UPDATE campaign_recipients SET token_used_at = ?3, state = 'answered', answer = ?4, answered_at = ?3
      WHERE token_hash = ?1 AND tenant_id = ?2 AND token_used_at IS NULL AND token_expires_at > ?3
      RETURNING listing_id, campaign_id`)
    .bind(tokenHash, tenantId, at, answer)
    .first<{ listing_id: string; campaign_id: number }>();
  return row ? { listingId: row.listing_id, campaignId: row.campaign_id } : null;
}

/** Undoes a spend whose listing update failed, so that the shopkeeper can tap again. */
export async function unspendAnswerToken(db: D1Database, tokenHash: string): Promise<void> {
  await db.prepare(`UPDATE campaign_recipients SET token_used_at = NULL, state = 'sent', answer = NULL, answered_at = NULL WHERE token_hash = ?1`).bind(tokenHash).run();
}
