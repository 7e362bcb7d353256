import { hilbertKey } from '#schema/geo/hilbert.ts';
import type { OsmImportRow } from '#schema/osm/features.ts';
import { checkOsmRow, type StagedHoursNote } from '#schema/osm/stage.ts';
import { fieldErrors } from '../errors.ts';
import { newListingId } from '../db/listing-writes.ts';
import type { StagedRow } from './import-rows.ts';

/** A row of an OSM import, staged for the dry run: ready for the listings table, or why not, and what to say of its hours. */
export function stageOsmRow(line: number, row: OsmImportRow): StagedRow & { notes: StagedHoursNote | null } {
  const checked = checkOsmRow(row);
  if (!checked.ok) return { line, fields: null, errors: fieldErrors({ issues: checked.issues }), notes: null };
  const { fields } = checked;
  return { line, fields: { ...fields, id: newListingId(), h: hilbertKey(fields.lat, fields.lng) }, errors: null, notes: checked.notes };
}
