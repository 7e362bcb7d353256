import { newSecretToken, sha256Hex } from './tokens.ts';

/** A link is for opening the page soon after the email arrives; the session then lasts. */
export const LINK_TTL_MS = 72 * 3600_000;
/** A session unused this long ends; each use, at most once a day, renews it for as long again. */
export const SESSION_TTL_MS = 30 * 86_400_000;
const SESSION_RENEWAL_STEP_MS = 86_400_000;
/** However often it is used, a session ends this long after its link was opened: a copied cookie does not live forever. */
export const SESSION_MAX_AGE_MS = 180 * 86_400_000;

export type IssuedToken = { token: string; statement: D1PreparedStatement };

/** A new private link for the listing; the statement goes into the caller's batch. */
export async function prepareLink(db: D1Database, tenantId: number, listingId: string, now: Date): Promise<IssuedToken> {
  const token = newSecretToken();
  const statement = db
    .prepare(`INSERT INTO listing_tokens (token_hash, kind, tenant_id, listing_id, created_at, expires_at)
      VALUES (?1, 'link', ?2, ?3, ?4, ?5)`)
    .bind(await sha256Hex(token), tenantId, listingId, now.toISOString(), new Date(now.getTime() + LINK_TTL_MS).toISOString());
  return { token, statement };
}

/**
 * Trades an unused, unexpired link of this tenant for a session, in one transaction: the
 * session is created from the link row and the link is spent, or neither happens. Answers the
 * session token and its listing, or null.
 */
export async function exchangeLink(db: D1Database, tenantId: number, linkToken: string, now: Date): Promise<{ session: string; listingId: string } | null> {
  const linkHash = await sha256Hex(linkToken);
  const session = newSecretToken();
  const at = now.toISOString();
  const [created] = await db.batch<{ listing_id: string }>([
    db
      .prepare(`INSERT INTO listing_tokens (token_hash, kind, tenant_id, listing_id, created_at, expires_at)
        SELECT ?1, 'session', tenant_id, listing_id, ?2, ?3 FROM listing_tokens
        WHERE token_hash = ?4 AND kind = 'link' AND tenant_id = ?5 AND used_at IS NULL AND expires_at > ?2
        RETURNING listing_id`)
      .bind(await sha256Hex(session), at, new Date(now.getTime() + SESSION_TTL_MS).toISOString(), linkHash, tenantId),
    // The business opening its link claims a listing imported from OpenStreetMap: re-imports leave it alone from now on.
    db
      .prepare(`UPDATE listings SET osm_claimed_at = ?1
        WHERE tenant_id = ?3 AND osm_id IS NOT NULL AND osm_claimed_at IS NULL AND id = (SELECT listing_id FROM listing_tokens
          WHERE token_hash = ?2 AND kind = 'link' AND tenant_id = ?3 AND used_at IS NULL AND expires_at > ?1)`)
      .bind(at, linkHash, tenantId),
    db
      .prepare(`UPDATE listing_tokens SET used_at = ?1
        WHERE token_hash = ?2 AND kind = 'link' AND tenant_id = ?3 AND used_at IS NULL AND expires_at > ?1`)
      .bind(at, linkHash, tenantId),
  ]);
  const listingId = created?.results[0]?.listing_id;
  return listingId ? { session, listingId } : null;
}

export type OpenedSession = { listingId: string; renewedUntil: Date | null };

/**
 * The listing a session cookie opens, if the session is of this tenant and still valid, and
 * its new end when this use renewed it (the cookie must then be sent again).
 */
export async function listingOfSession(db: D1Database, tenantId: number, session: string, now: Date): Promise<OpenedSession | null> {
  const hash = await sha256Hex(session);
  const row = await db
    .prepare(`SELECT listing_id, created_at, expires_at FROM listing_tokens
      WHERE token_hash = ?1 AND kind = 'session' AND tenant_id = ?2 AND expires_at > ?3`)
    .bind(hash, tenantId, now.toISOString())
    .first<{ listing_id: string; created_at: string; expires_at: string }>();
  if (!row) return null;
  const renewed = Math.min(now.getTime() + SESSION_TTL_MS, Date.parse(row.created_at) + SESSION_MAX_AGE_MS);
  if (renewed - Date.parse(row.expires_at) < SESSION_RENEWAL_STEP_MS) return { listingId: row.listing_id, renewedUntil: null };
  const renewedUntil = new Date(renewed);
  await db
    .prepare(`UPDATE listing_tokens SET expires_at = ?1 WHERE token_hash = ?2 AND kind = 'session' AND tenant_id = ?3`)
    .bind(renewedUntil.toISOString(), hash, tenantId)
    .run();
  return { listingId: row.listing_id, renewedUntil };
}

/** Ends a session of this tenant; a session already ended or of another tenant is left alone. */
export async function endSession(db: D1Database, tenantId: number, session: string): Promise<void> {
  await db.prepare(`DELETE FROM listing_tokens WHERE token_hash = ?1 AND kind = 'session' AND tenant_id = ?2`).bind(await sha256Hex(session), tenantId).run();
}
