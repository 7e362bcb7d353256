import type { OsmChange, OsmDisappeared } from '#schema/console/import.ts';
import type { StagedHoursNote } from '#schema/osm/stage.ts';

/** The listing fields an OSM re-import refreshes, as staged field → column. */
const FOLLOWED = {
  name: 'name',
  category: 'category',
  address: 'address',
  postcode: 'postcode',
  commune: 'commune',
  communeInsee: 'commune_insee',
  lat: 'lat',
  lng: 'lng',
  phone: 'phone',
  email: 'email',
  website: 'website',
  services: 'services',
  openingHours: 'opening_hours',
} as const;
type FollowedField = keyof typeof FOLLOWED;
const FOLLOWED_FIELDS = Object.keys(FOLLOWED) as FollowedField[];

export type StagedNoteRow = { line: number; name: string; note: StagedHoursNote };

export async function stagedHoursNotes(db: D1Database, tenantId: number, importId: string): Promise<StagedNoteRow[]> {
  const { results } = await db
    .prepare(`SELECT line, fields->>'name' AS name, notes FROM import_rows
      WHERE tenant_id = ?1 AND import_id = ?2 AND fields IS NOT NULL AND notes IS NOT NULL ORDER BY line`)
    .bind(tenantId, importId)
    .all<{ line: number; name: string; notes: string }>();
  return results.map((row) => ({ line: row.line, name: row.name, note: JSON.parse(row.notes) as StagedHoursNote }));
}

type ChangeRow = { line: number; fields: string; claimed_at: string | null; gone_at: string | null; listing_id: string | null } & Partial<Record<(typeof FOLLOWED)[FollowedField], string | number | null>>;

const same = (staged: unknown, stored: unknown) => (typeof staged === 'object' && staged !== null ? JSON.stringify(staged) === stored : (staged ?? null) === (stored ?? null));
/** The hours a row would store, as prepareOsmListings chooses them: the proposed reading of ambiguous hours when taken now or before. */
function hoursToStore(staged: Record<string, unknown>, stored: unknown, takeProposals: boolean): unknown {
  const proposed = staged.proposedHours;
  return proposed != null && (takeProposals || same(proposed, stored)) ? proposed : staged.openingHours;
}

/**
 * What committing would do to each row's listing: create it, refresh it from OSM, put it back on
 * the map (its element had gone and is back), nothing, or leave it to the business that claimed it.
 */
export async function stagedChanges(db: D1Database, tenantId: number, importId: string, takeProposals = false): Promise<OsmChange[]> {
  const columns = Object.values(FOLLOWED).map((column) => `l.${column}`).join(', ');
  const { results } = await db
    .prepare(`SELECT r.line, r.fields, l.id AS listing_id, l.osm_claimed_at AS claimed_at, l.osm_gone_at AS gone_at, ${columns}
      FROM import_rows r LEFT JOIN listings l ON l.tenant_id = r.tenant_id AND l.osm_id = r.fields->>'osmId'
      WHERE r.tenant_id = ?1 AND r.import_id = ?2 AND r.fields IS NOT NULL ORDER BY r.line`)
    .bind(tenantId, importId)
    .all<ChangeRow>();
  return results.map((row) => {
    const parsed = JSON.parse(row.fields) as Record<string, unknown>;
    const staged: Record<string, unknown> = { ...parsed, openingHours: hoursToStore(parsed, row.opening_hours, takeProposals) };
    const name = String(staged.name);
    if (row.listing_id === null) return { line: row.line, name, change: 'new', fields: [] };
    if (row.claimed_at !== null) return { line: row.line, name, change: 'claimed', fields: [] };
    const fields = FOLLOWED_FIELDS.filter((field) => !same(staged[field], row[FOLLOWED[field]]));
    if (row.gone_at !== null) return { line: row.line, name, change: 'returned', fields };
    return { line: row.line, name, change: fields.length > 0 ? 'updated' : 'unchanged', fields };
  });
}

/**
 * Writes the staged OSM rows: new elements become published listings, marked as coming from
 * OSM; listings of elements already imported are refreshed unless their business has claimed
 * them, and left untouched when nothing changed; those taken off the map because their element
 * had gone are published again. Ambiguous hours are stored as written, or as the reading proposed
 * for them when the CCI took the proposals (`takeProposals`) or had taken it at an earlier import.
 * One statement: all or nothing.
 */
export function prepareOsmListings(db: D1Database, tenantId: number, importId: string, now: Date, takeProposals: boolean): D1PreparedStatement {
  const assignments = FOLLOWED_FIELDS.map((field) => `${FOLLOWED[field]} = excluded.${FOLLOWED[field]}`);
  const differences = FOLLOWED_FIELDS.map((field) => `listings.${FOLLOWED[field]} IS NOT excluded.${FOLLOWED[field]}`);
  return db
    .prepare(`INSERT INTO listings (id, tenant_id, name, category, status, status_until, address, postcode, commune, commune_insee,
        lat, lng, h, phone, email, website, siret, services, opening_hours, published, moderation_state, last_confirmed_at, created_at, updated_at, osm_id)
      SELECT f->>'id', ?1, f->>'name', f->>'category', f->>'status', NULL, f->>'address', f->>'postcode', f->>'commune', f->>'communeInsee',
        f->>'lat', f->>'lng', f->>'h', f->>'phone', f->>'email', f->>'website', NULL, f->'services',
        CASE WHEN f->>'proposedHours' IS NOT NULL AND (?4 = 1 OR f->>'proposedHours' IS
          (SELECT opening_hours FROM listings WHERE tenant_id = ?1 AND osm_id = f->>'osmId')) THEN f->>'proposedHours' ELSE f->>'openingHours' END,
        1, 'approved', coalesce(f->>'confirmedAt', ?3), ?3, ?3, f->>'osmId'
      FROM (SELECT fields AS f FROM import_rows WHERE tenant_id = ?1 AND import_id = ?2 AND fields IS NOT NULL ORDER BY line) WHERE true
      ON CONFLICT (tenant_id, osm_id) WHERE osm_id IS NOT NULL DO UPDATE SET
        ${assignments.join(', ')}, h = excluded.h, last_confirmed_at = excluded.last_confirmed_at, updated_at = excluded.updated_at,
        published = CASE WHEN listings.osm_gone_at IS NULL THEN listings.published ELSE 1 END, osm_gone_at = NULL
      WHERE listings.osm_claimed_at IS NULL AND (listings.osm_gone_at IS NOT NULL OR ${differences.join(' OR ')})`)
    .bind(tenantId, importId, now.toISOString(), takeProposals ? 1 : 0);
}

/** The tenant's published OSM listings whose element is not in the staged export. */
const DISAPPEARED = `FROM listings l WHERE l.tenant_id = ?1 AND l.osm_id IS NOT NULL AND l.published = 1
  AND NOT EXISTS (SELECT 1 FROM import_rows r WHERE r.tenant_id = ?1 AND r.import_id = ?2 AND r.fields->>'osmId' = l.osm_id)`;

/**
 * Listings imported from OSM whose element the new export no longer holds (deleted or retagged
 * by mappers, or outside a smaller extract): the dry run lists them, claimed ones apart.
 */
export async function stagedDisappeared(db: D1Database, tenantId: number, importId: string): Promise<OsmDisappeared[]> {
  const { results } = await db
    .prepare(`SELECT l.id, l.name, l.osm_id, l.osm_claimed_at IS NOT NULL AS claimed ${DISAPPEARED} ORDER BY l.name, l.id`)
    .bind(tenantId, importId)
    .all<{ id: string; name: string; osm_id: string; claimed: number }>();
  return results.map((row) => ({ listingId: row.id, name: row.name, osmId: row.osm_id, claimed: row.claimed === 1 }));
}

/**
 * Takes the unclaimed ones off the map (unpublished and marked, kept for the CCI, back on the
 * map if a later export holds their element again); a claimed listing is the business's and stays.
 */
export function prepareDisappearedUnpublish(db: D1Database, tenantId: number, importId: string, now: Date): D1PreparedStatement {
  return db
    .prepare(`UPDATE listings SET published = 0, osm_gone_at = ?3, updated_at = ?3 WHERE id IN (SELECT l.id ${DISAPPEARED} AND l.osm_claimed_at IS NULL)`)
    .bind(tenantId, importId, now.toISOString());
}
