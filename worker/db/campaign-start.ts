import type { Tenant } from '../tenant.ts';
import { tenantToday } from './crisis.ts';

/**
 * The statement of the start of the running crisis's campaign: listings not confirmed since are
 * "to be confirmed". A statement, so that it can ride in the batch of a public read.
 */
export function campaignStartStatement(db: D1Database, tenant: Tenant, now: Date): D1PreparedStatement {
  return db
    .prepare(`SELECT c.started_at FROM campaigns c JOIN crisis_periods p ON p.id = c.crisis_id
      WHERE c.tenant_id = ?1 AND p.ended_at IS NULL AND (p.ends_on IS NULL OR p.ends_on >= ?2)`)
    .bind(tenant.id, tenantToday(tenant.timezone, now));
}

/** The campaign's start, or null when no campaign runs. */
export function campaignStartOf(result: D1Result): string | null {
  return (result.results[0] as { started_at: string } | undefined)?.started_at ?? null;
}
