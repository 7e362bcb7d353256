import { ImportRowSchema, type RawImportRow } from '#schema/console/import.ts';
import { hilbertKey } from '#schema/geo/hilbert.ts';
import { openingHoursWith } from '#schema/hours/public-holidays.ts';
import { fieldErrors } from '../errors.ts';
import { newListingId } from '../db/listing-writes.ts';

/** A staged row: ready for the listings table (id and spatial key computed here), or why not. */
/** `notes`: what the dry run says of a valid row without refusing it (OSM hours), stored as JSON. */
export type StagedRow = { line: number; fields: Record<string, unknown> | null; errors: Record<string, string[]> | null; notes?: unknown };

/**
 * Checks one mapped row. Coordinates come from the file or from the console's geocoding step
 * (address, else the commune's centroid); a row still without them cannot be placed on the map.
 */
export function stageRow(line: number, raw: RawImportRow): StagedRow {
  const parsed = ImportRowSchema.safeParse(raw);
  if (!parsed.success) return { line, fields: null, errors: fieldErrors(parsed.error) };
  const { publicHolidays, ...row } = parsed.data;
  if (row.lat === null || row.lng === null) return { line, fields: null, errors: { lat: ['console.geocode_failed'] } };
  // The business's word about public holidays goes into its hours, or the flag when it keeps its usual ones.
  const hours = openingHoursWith(row.openingHours, publicHolidays);
  return { line, fields: { ...row, ...hours, id: newListingId(), h: hilbertKey(row.lat, row.lng) }, errors: null };
}
