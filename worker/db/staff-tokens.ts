import type { StaffRole } from '#schema/console/auth.ts';
import { newSecretToken, sha256Hex } from '../services/tokens.ts';

/** A link is for the next minutes; a console session ends after a working day. */
export const STAFF_LINK_TTL_MS = 30 * 60_000;
export const STAFF_SESSION_TTL_MS = 12 * 3600_000;

export async function createStaffLink(db: D1Database, tenantId: number, staffId: number, now: Date): Promise<string> {
  const token = newSecretToken();
  await db
    .prepare(`INSERT INTO staff_tokens (token_hash, kind, staff_id, tenant_id, created_at, expires_at) VALUES (?1, 'link', ?2, ?3, ?4, ?5)`)
    .bind(await sha256Hex(token), staffId, tenantId, now.toISOString(), new Date(now.getTime() + STAFF_LINK_TTL_MS).toISOString())
    .run();
  return token;
}

/**
 * Trades an unused, unexpired link of this tenant for a session in one transaction: the link is
 * spent and the session created, or neither. A disabled member's link opens nothing.
 */
export async function exchangeStaffLink(db: D1Database, tenantId: number, linkToken: string, now: Date): Promise<string | null> {
  const linkHash = await sha256Hex(linkToken);
  const session = newSecretToken();
  const at = now.toISOString();
  const [created] = await db.batch<{ staff_id: number }>([
    db
      .prepare(`INSERT INTO staff_tokens (token_hash, kind, staff_id, tenant_id, created_at, expires_at)
        SELECT ?1, 'session', t.staff_id, t.tenant_id, ?2, ?3 FROM staff_tokens t JOIN staff s ON s.id = t.staff_id
        WHERE t.token_hash = ?4 AND t.kind = 'link' AND t.tenant_id = ?5 AND t.used_at IS NULL AND t.expires_at > ?2 AND s.disabled_at IS NULL
        RETURNING staff_id`)
      .bind(await sha256Hex(session), at, new Date(now.getTime() + STAFF_SESSION_TTL_MS).toISOString(), linkHash, tenantId),
    db
      .prepare(`UPDATE staff_tokens SET used_at = ?1 WHERE token_hash = ?2 AND kind = 'link' AND tenant_id = ?3 AND used_at IS NULL AND expires_at > ?1`)
      .bind(at, linkHash, tenantId),
  ]);
  return created?.results[0] ? session : null;
}

export type StaffSession = { staffId: number; email: string; role: StaffRole; tenantId: number };

/** The session a cookie holds, on whichever tenant it was opened; the caller compares tenants. */
export async function findStaffSession(db: D1Database, session: string, now: Date): Promise<StaffSession | null> {
  const row = await db
    .prepare(`SELECT s.id, s.email, s.role, t.tenant_id FROM staff_tokens t JOIN staff s ON s.id = t.staff_id
      WHERE t.token_hash = ?1 AND t.kind = 'session' AND t.expires_at > ?2 AND s.disabled_at IS NULL`)
    .bind(await sha256Hex(session), now.toISOString())
    .first<{ id: number; email: string; role: StaffRole; tenant_id: number }>();
  return row ? { staffId: row.id, email: row.email, role: row.role, tenantId: row.tenant_id } : null;
}

export async function deleteStaffSession(db: D1Database, tenantId: number, session: string): Promise<void> {
  await db.prepare(`DELETE FROM staff_tokens WHERE token_hash = ?1 AND kind = 'session' AND tenant_id = ?2`).bind(await sha256Hex(session), tenantId).run();
}
