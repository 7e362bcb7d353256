import { readFileSync } from 'node:fs';
import type { Category } from '#schema/categories.ts';
import type { Commune } from '#schema/communes.ts';
import { apiMessage } from '#schema/messages.ts';
import { osmRows, type OsmFeature } from '#schema/osm/features.ts';
import { osmXmlFeatures } from '#schema/osm/osm-xml.ts';
import { shippedCommunes } from '#seed/communes.ts';
import { toSqlScript } from '#seed/sql-script.ts';
import { hilbertKey } from '#schema/geo/hilbert.ts';
import { checkOsmRow } from '#schema/osm/stage.ts';

/**
 * `npm run tenant -- create … --osm export.geojson` and `import-osm`: the console's OSM import
 * from the command line. The same conversion, tag table and checks as the console
 * (schema/osm/features.ts, osmCategoryMapping, stageOsmRow), and the same rule: nothing is
 * written while a row is bad, and hours normalised or kept as text are printed beside the
 * original and written only with --confirm-hours; ambiguous ones are stored as the reading
 * proposed for them only with --take-proposals. Elements the tenant already has are left to the
 * console's re-import, which reports what changed.
 */
export type OsmImportPlan = { statements: string; report: string[]; blocked: string | null; count: number };
/** `known`: the OSM ids the tenant already has a listing for, left alone and reported. */
export type OsmImportOptions = { hoursConfirmed: boolean; takeProposals: boolean; mapping: Readonly<Record<string, Category>>; known?: ReadonlySet<string>; now: Date };

/** An Overpass Turbo GeoJSON export, or OSM XML (`.osm`), as features. */
export function readOsmFeatures(path: string): OsmFeature[] {
  const text = readFileSync(path, 'utf8');
  if (/\.osm$/i.test(path) || text.trimStart().startsWith('<')) return osmXmlFeatures(text);
  return (JSON.parse(text) as { features?: OsmFeature[] }).features ?? [];
}

/** The communes the app ships for the tenant's INSEE codes (the départements they are in, then those codes only). */
export function communesOf(insee: readonly string[]): Commune[] {
  const wanted = new Set(insee);
  const departements = new Set(insee.map((code) => code.slice(0, code.startsWith('97') ? 3 : 2)));
  return [...departements].flatMap(shippedCommunes).filter((commune) => wanted.has(commune.insee));
}

export function planOsmImport(path: string, slug: string, communes: readonly Commune[], { hoursConfirmed, takeProposals, mapping, known = new Set(), now }: OsmImportOptions): OsmImportPlan {
  const converted = osmRows(readOsmFeatures(path), communes, mapping);
  const rows = converted.rows.filter((row) => !known.has(row.osmId));
  const { leftOut } = converted;
  const checked = rows.map(checkOsmRow);
  const report: string[] = [];
  checked.forEach((row, index) => {
    const line = index + 1;
    if (!row.ok) report.push(`  line ${line}: ${row.issues.map((issue) => `${issue.path.map(String).join('.')}: ${apiMessage(issue.message, 'en')}`).join('; ')}`);
    else if (row.notes) {
      const note = row.notes;
      report.push(`  line ${line} hours ${note.kind}: ${JSON.stringify(note.original)}${note.normalised ? ` → ${JSON.stringify(note.normalised)}` : ''} — ${apiMessage(note.key, 'en').replace('{part}', note.part)}`);
    }
  });
  for (const row of converted.rows) if (known.has(row.osmId)) report.push(`  already imported ${row.osmId} ${row.row.name}: left to the console's re-import`);
  for (const feature of leftOut) report.push(`  left out ${feature.osmId} ${feature.name}: ${feature.reason} ${feature.tag}`);
  const bad = checked.filter((row) => !row.ok).length;
  const toConfirm = checked.some((row) => row.ok && row.notes !== null && row.notes.kind !== 'missing');
  const blocked = bad > 0 ? `--osm: ${bad} rows with errors, nothing written` : toConfirm && !hoursConfirmed ? '--osm: check the hours above, then run again with --confirm-hours' : null;
  const at = now.toISOString();
  // The id is drawn by SQLite: 16 hex digits, of the same alphabet as the Worker's ids.
  const statements = checked.flatMap((row) =>
    !row.ok
      ? []
      : [
          {
            sql: `INSERT INTO listings (id, tenant_id, name, category, status, address, postcode, commune, commune_insee, lat, lng, h, phone, email, website,
                services, opening_hours, published, moderation_state, last_confirmed_at, created_at, updated_at, osm_id)
              SELECT lower(hex(randomblob(8))), id, ?1, ?2, 'open', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 1, 'approved', ?15, ?16, ?16, ?17 FROM tenants WHERE slug = ?18
              ON CONFLICT (tenant_id, osm_id) WHERE osm_id IS NOT NULL DO NOTHING`,
            params: [
              row.fields.name, row.fields.category, row.fields.address, row.fields.postcode, row.fields.commune, row.fields.communeInsee,
              row.fields.lat, row.fields.lng, hilbertKey(row.fields.lat, row.fields.lng), row.fields.phone, row.fields.email, row.fields.website,
              JSON.stringify(row.fields.services), (takeProposals ? row.fields.proposedHours : null) ?? row.fields.openingHours, row.fields.confirmedAt ?? at, at, row.fields.osmId, slug,
            ],
          },
        ],
  );
  return { statements: statements.length > 0 ? toSqlScript(statements) : '', report, blocked, count: statements.length };
}
