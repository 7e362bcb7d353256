import type { PendingDomain } from '#schema/console/settings.ts';

/** Where a CCI publishes its proof, and what it must say: one TXT record per host name. */
export const VERIFICATION_PREFIX = '_vitrine-verification';
export const verificationRecord = (host: string, token: string): PendingDomain => ({
  host,
  recordName: `${VERIFICATION_PREFIX}.${host}`,
  recordValue: `vitrine-verification=${token}`,
});

/**
 * The host list as the admin wants it, in statements for the settings batch: hosts taken off the
 * list stop serving at once; hosts added wait as claims, each with its own random token, until
 * verified. A host already verified stays so.
 */
export function prepareHostsWrite(db: D1Database, tenantId: number, hosts: readonly string[], now: Date): D1PreparedStatement[] {
  const list = JSON.stringify(hosts);
  return [
    db.prepare('DELETE FROM tenant_hosts WHERE tenant_id = ?1 AND host NOT IN (SELECT value FROM json_each(?2))').bind(tenantId, list),
    db.prepare('DELETE FROM tenant_host_claims WHERE tenant_id = ?1 AND host NOT IN (SELECT value FROM json_each(?2))').bind(tenantId, list),
    db
      .prepare(`INSERT INTO tenant_host_claims (tenant_id, host, token, created_at)
        SELECT ?1, value, lower(hex(randomblob(16))), ?3 FROM json_each(?2)
        WHERE value NOT IN (SELECT host FROM tenant_hosts WHERE tenant_id = ?1)
        ON CONFLICT (tenant_id, host) DO NOTHING`)
      .bind(tenantId, list, now.toISOString()),
  ];
}

export async function pendingDomains(db: D1Database, tenantId: number): Promise<PendingDomain[]> {
  const { results } = await db
    .prepare('SELECT host, token FROM tenant_host_claims WHERE tenant_id = ?1 ORDER BY host')
    .bind(tenantId)
    .all<{ host: string; token: string }>();
  return results.map((row) => verificationRecord(row.host, row.token));
}

export async function findClaim(db: D1Database, tenantId: number, host: string): Promise<PendingDomain | null> {
  const row = await db.prepare('SELECT host, token FROM tenant_host_claims WHERE tenant_id = ?1 AND host = ?2').bind(tenantId, host).first<{ host: string; token: string }>();
  return row ? verificationRecord(row.host, row.token) : null;
}

/**
 * Turns a verified claim into a served host, unless another tenant got the name first: the
 * insert checks that in the same statement. Answers whether the host is now this tenant's.
 */
export async function acceptClaim(db: D1Database, tenantId: number, host: string): Promise<boolean> {
  const [inserted] = await db.batch([
    db
      .prepare(`INSERT INTO tenant_hosts (host, tenant_id)
        SELECT host, tenant_id FROM tenant_host_claims WHERE tenant_id = ?1 AND host = ?2 AND host NOT IN (SELECT host FROM tenant_hosts)`)
      .bind(tenantId, host),
    // Once the name is this tenant's, every claim on it is void, other tenants' included: left
    // pending, theirs would only block their next save with "taken".
    db.prepare('DELETE FROM tenant_host_claims WHERE host = ?2 AND host IN (SELECT host FROM tenant_hosts WHERE tenant_id = ?1)').bind(tenantId, host),
  ]);
  return (inserted?.meta.changes ?? 0) > 0;
}
