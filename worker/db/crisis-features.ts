import type { ListingsAnswer } from '#schema/listing.ts';
import type { Tenant } from './tenants.ts';
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

export function campaignStartOf(result: D1Result): string | null {
  return (result.results[0] as { started_at: string } | undefined)?.started_at ?? null;
}

async function campaignStart(db: D1Database, tenant: Tenant, now: Date): Promise<string | null> {
  return campaignStartOf(await campaignStartStatement(db, tenant, now).all());
}

/**
 * While a crisis campaign runs, a listing whose business has not confirmed since it started shows
 * as "to be confirmed" (`stale`), whatever its usual freshness: its hours may not hold any more.
 * Nothing is written: when the crisis ends, the listing shows as it did.
 */
export async function markUnconfirmed(db: D1Database, tenant: Tenant, answer: ListingsAnswer, now: Date): Promise<ListingsAnswer> {
  if (answer.kind !== 'listings' || answer.features.length === 0) return answer;
  return markUnconfirmedSince(answer, await campaignStart(db, tenant, now));
}

/** The same, with the campaign's start already read (null: no campaign runs). */
export function markUnconfirmedSince(answer: ListingsAnswer, since: string | null): ListingsAnswer {
  if (answer.kind !== 'listings' || !since) return answer;
  for (const feature of answer.features) {
    if ((feature.properties.last_confirmed_at ?? '') < since) feature.properties.stale = true;
  }
  return answer;
}

/** The same rule for one listing's card: the answer says `stale` only when it applies. */
export async function markListingUnconfirmed<T extends { lastConfirmedAt: string }>(db: D1Database, tenant: Tenant, listing: T, now: Date): Promise<T & { stale?: true }> {
  return markListingUnconfirmedSince(listing, await campaignStart(db, tenant, now));
}

/** The same, with the campaign's start already read (null: no campaign runs). */
export function markListingUnconfirmedSince<T extends { lastConfirmedAt: string }>(listing: T, since: string | null): T & { stale?: true } {
  return since && listing.lastConfirmedAt < since ? { ...listing, stale: true } : listing;
}
