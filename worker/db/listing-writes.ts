import { hilbertKey } from '#schema/geo/hilbert.ts';
import type { ListingFields } from '#schema/registration.ts';
import type { StatusChange } from '#schema/self-service.ts';

/** 12 characters of base 36 from the CSPRNG: about 62 bits, unguessable and URL-friendly. */
export function newListingId(): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return [...bytes].map((byte) => alphabet[byte % 36]).join('');
}

/** Only a temporary closure has an end date. */
function statusUntilOf(fields: Pick<ListingFields, 'status' | 'statusUntil'>): string | null {
  return fields.status === 'temporarily_closed' ? fields.statusUntil : null;
}

export type NewListing = { id: string; tenantId: number; fields: ListingFields; published: boolean; now: Date };

/**
 * Every listing a shopkeeper creates goes through here, so that the spatial key `h` is always
 * set from the same function the geosearch reads it with.
 */
export function prepareListingInsert(db: D1Database, listing: NewListing): D1PreparedStatement {
  const { fields } = listing;
  const at = listing.now.toISOString();
  return db
    .prepare(`INSERT INTO listings (id, tenant_id, name, category, status, status_until, address, postcode, commune,
        commune_insee, lat, lng, h, phone, email, website, siret, services, opening_hours, published, moderation_state,
        last_confirmed_at, created_at, updated_at, holidays_as_usual)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, 'pending', ?21, ?21, ?21, ?22)`)
    .bind(
      listing.id, listing.tenantId, fields.name, fields.category, fields.status, statusUntilOf(fields), fields.address,
      fields.postcode, fields.commune, fields.communeInsee, fields.lat, fields.lng, hilbertKey(fields.lat, fields.lng),
      fields.phone, fields.email, fields.website, fields.siret, JSON.stringify(fields.services), fields.openingHours,
      listing.published ? 1 : 0, at, fields.holidaysAsUsual ? 1 : 0,
    );
}

/** A full edit from the self-service page; saving is also a confirmation. */
export function prepareListingUpdate(db: D1Database, tenantId: number, id: string, fields: ListingFields, now: Date): D1PreparedStatement {
  const at = now.toISOString();
  return db
    .prepare(`UPDATE listings SET name = ?3, category = ?4, status = ?5, status_until = ?6, address = ?7, postcode = ?8,
        commune = ?9, commune_insee = ?10, lat = ?11, lng = ?12, h = ?13, phone = ?14, email = ?15, website = ?16,
        siret = ?17, services = ?18, opening_hours = ?19, last_confirmed_at = ?20, updated_at = ?20, holidays_as_usual = ?21
      WHERE tenant_id = ?1 AND id = ?2`)
    .bind(
      tenantId, id, fields.name, fields.category, fields.status, statusUntilOf(fields), fields.address, fields.postcode,
      fields.commune, fields.communeInsee, fields.lat, fields.lng, hilbertKey(fields.lat, fields.lng), fields.phone,
      fields.email, fields.website, fields.siret, JSON.stringify(fields.services), fields.openingHours, at, fields.holidaysAsUsual ? 1 : 0,
    );
}

/** The one-tap changes. Each one is also a confirmation that the rest is still true. */
export function prepareStatusChange(db: D1Database, tenantId: number, id: string, change: StatusChange, now: Date): D1PreparedStatement {
  const at = now.toISOString();
  const where = 'WHERE tenant_id = ?1 AND id = ?2';
  switch (change.action) {
    case 'open_today':
      return db.prepare(`UPDATE listings SET status = 'open', status_until = NULL, last_confirmed_at = ?3, updated_at = ?3 ${where}`).bind(tenantId, id, at);
    case 'closed_until':
      return db
        .prepare(`UPDATE listings SET status = 'temporarily_closed', status_until = ?4, last_confirmed_at = ?3, updated_at = ?3 ${where}`)
        .bind(tenantId, id, at, change.until);
    case 'services_only':
      return db
        .prepare(`UPDATE listings SET status = 'adapted', status_until = NULL, services = ?4, last_confirmed_at = ?3, updated_at = ?3 ${where}`)
        .bind(tenantId, id, at, JSON.stringify(change.services));
    case 'permanently_closed':
      return db
        .prepare(`UPDATE listings SET status = 'permanently_closed', status_until = NULL, last_confirmed_at = ?3, updated_at = ?3 ${where}`)
        .bind(tenantId, id, at);
  }
}

export function prepareConfirmation(db: D1Database, tenantId: number, id: string, now: Date): D1PreparedStatement {
  return db.prepare('UPDATE listings SET last_confirmed_at = ?3 WHERE tenant_id = ?1 AND id = ?2').bind(tenantId, id, now.toISOString());
}

/** Rows that hold a listing's personal data, besides the listing itself. */
const PERSONAL_DATA_TABLES = ['listing_tokens', 'moderation_queue', 'outbox', 'campaign_recipients', 'alert_subscriptions'] as const;

function erasureStatements(db: D1Database, tenantId: number, id: string): D1PreparedStatement[] {
  return [
    db.prepare('DELETE FROM listings WHERE tenant_id = ?1 AND id = ?2').bind(tenantId, id),
    ...PERSONAL_DATA_TABLES.map((table) => db.prepare(`DELETE FROM ${table} WHERE tenant_id = ?1 AND listing_id = ?2`).bind(tenantId, id)),
  ];
}

/**
 * GDPR erasure: the listing leaves the map and every row about it goes, in one transaction. The
 * log keeps only the id and the time, so that the erasure can be applied again after a restore.
 */
export async function eraseListing(db: D1Database, tenantId: number, id: string, now: Date): Promise<void> {
  await db.batch([
    ...erasureStatements(db, tenantId, id),
    db.prepare('INSERT OR REPLACE INTO erasure_log (listing_id, tenant_id, erased_at) VALUES (?2, ?1, ?3)').bind(tenantId, id, now.toISOString()),
  ]);
}

/** After a restore from a backup older than some erasures: erase those listings again. */
export async function reapplyErasures(db: D1Database): Promise<number> {
  const { results } = await db
    .prepare('SELECT e.tenant_id, e.listing_id FROM erasure_log e JOIN listings l ON l.id = e.listing_id AND l.tenant_id = e.tenant_id')
    .all<{ tenant_id: number; listing_id: string }>();
  const statements = results.flatMap((row) => erasureStatements(db, row.tenant_id, row.listing_id));
  if (statements.length > 0) await db.batch(statements);
  return results.length;
}

/** A moderation decision: approval publishes the listing, rejection takes it off the map. */
export function prepareModerationOutcome(db: D1Database, tenantId: number, id: string, approved: boolean, now: Date): D1PreparedStatement {
  return db
    .prepare(`UPDATE listings SET published = ?3, moderation_state = ?4, updated_at = ?5 WHERE tenant_id = ?1 AND id = ?2`)
    .bind(tenantId, id, approved ? 1 : 0, approved ? 'approved' : 'rejected', now.toISOString());
}

export type ListingCorrection = Omit<ListingFields, 'email' | 'siret' | 'status'> & {
  email: string | null;
  siret: string | null;
  status: 'open' | 'adapted' | 'temporarily_closed' | 'permanently_closed';
};

/** A correction by CCI staff: the business did not confirm anything, so freshness is kept. */
export function prepareListingCorrection(db: D1Database, tenantId: number, id: string, fields: ListingCorrection, now: Date): D1PreparedStatement {
  return db
    .prepare(`UPDATE listings SET name = ?3, category = ?4, status = ?5, status_until = ?6, address = ?7, postcode = ?8,
        commune = ?9, commune_insee = ?10, lat = ?11, lng = ?12, h = ?13, phone = ?14, email = ?15, website = ?16,
        siret = ?17, services = ?18, opening_hours = ?19, updated_at = ?20
      WHERE tenant_id = ?1 AND id = ?2`)
    .bind(
      tenantId, id, fields.name, fields.category, fields.status, fields.status === 'temporarily_closed' ? fields.statusUntil : null,
      fields.address, fields.postcode, fields.commune, fields.communeInsee, fields.lat, fields.lng, hilbertKey(fields.lat, fields.lng),
      fields.phone, fields.email, fields.website, fields.siret, JSON.stringify(fields.services), fields.openingHours, now.toISOString(),
    );
}

/** The CCI records that a business has closed for good; it stays listed as closed. */
export function prepareClosure(db: D1Database, tenantId: number, id: string, now: Date): D1PreparedStatement {
  return db
    .prepare(`UPDATE listings SET status = 'permanently_closed', status_until = NULL, updated_at = ?3 WHERE tenant_id = ?1 AND id = ?2`)
    .bind(tenantId, id, now.toISOString());
}

/**
 * Two listings of one business: the duplicate's open reports and queue entries move to the one
 * kept, its private links end, and the duplicate row goes (with its spatial and search entries,
 * through the triggers).
 */
export function prepareMerge(db: D1Database, tenantId: number, keptId: string, duplicateId: string): D1PreparedStatement[] {
  return [
    db.prepare('UPDATE reports SET listing_id = ?2 WHERE tenant_id = ?1 AND listing_id = ?3').bind(tenantId, keptId, duplicateId),
    db.prepare('UPDATE moderation_queue SET listing_id = ?2 WHERE tenant_id = ?1 AND listing_id = ?3').bind(tenantId, keptId, duplicateId),
    db.prepare('DELETE FROM listing_tokens WHERE tenant_id = ?1 AND listing_id = ?2').bind(tenantId, duplicateId),
    db.prepare('DELETE FROM listings WHERE tenant_id = ?1 AND id = ?2').bind(tenantId, duplicateId),
  ];
}

/**
 * Copies an import's staged rows into listings in one statement: every row or none. The rows
 * were staged with their id and spatial key already computed by newListingId() and hilbertKey().
 */
export function prepareImportedListings(db: D1Database, tenantId: number, importId: string, now: Date): D1PreparedStatement {
  return db
    .prepare(`INSERT INTO listings (id, tenant_id, name, category, status, status_until, address, postcode, commune, commune_insee,
        lat, lng, h, phone, email, website, siret, services, opening_hours, published, moderation_state, last_confirmed_at, created_at, updated_at,
        holidays_as_usual)
      SELECT f->>'id', ?1, f->>'name', f->>'category', f->>'status', NULL, f->>'address', f->>'postcode', f->>'commune', f->>'communeInsee',
        f->>'lat', f->>'lng', f->>'h', f->>'phone', f->>'email', f->>'website', f->>'siret', f->'services', f->>'openingHours',
        1, 'approved', ?3, ?3, ?3, coalesce(f->>'holidaysAsUsual', 0)
      FROM (SELECT fields AS f FROM import_rows WHERE tenant_id = ?1 AND import_id = ?2 AND fields IS NOT NULL ORDER BY line)`)
    .bind(tenantId, importId, now.toISOString());
}
