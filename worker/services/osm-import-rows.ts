import { OsmImportFieldsSchema, type HoursNoteKind } from '#schema/console/import.ts';
import { hilbertKey } from '#schema/geo/hilbert.ts';
import { readOpeningHours, type HoursReading } from '#schema/hours/osm-library.ts';
import type { OsmImportRow } from '#schema/osm/features.ts';
import { fieldErrors } from '../errors.ts';
import { newListingId } from '../db/listing-writes.ts';
import type { StagedRow } from './import-rows.ts';

/** A dry-run note as staged: the message key and the part it quotes, translated when the report is read. */
export type StagedHoursNote = { kind: HoursNoteKind; original: string; normalised: string | null; key: string; part: string };

/**
 * What is stored as a row's hours, and what the dry run must say about them. Values the model
 * or the library reads are stored in their normalised form; the others are kept as written, so
 * that the card shows them as text and nothing of what the mapper wrote is lost.
 */
function hoursOf(original: string): { text: string; note: StagedHoursNote | null } {
  const reading: HoursReading = readOpeningHours(original);
  const kept = original.trim();
  switch (reading.kind) {
    case 'model':
    case 'library':
      return { text: reading.text, note: reading.text === kept ? null : { kind: 'normalised', original, normalised: reading.text, key: 'osm.hours_normalised', part: '' } };
    case 'comment':
      return { text: kept, note: { kind: 'comment', original, normalised: null, key: 'osm.hours_comment', part: reading.comment } };
    case 'ambiguous': {
      const parts = [...new Set(reading.changes.filter((change) => change.kind === 'ambiguous').map((change) => change.part))];
      return { text: kept, note: { kind: 'ambiguous', original, normalised: null, key: 'osm.hours_ambiguous', part: parts.join(', ') } };
    }
    case 'unreadable':
      if (kept === '') return { text: '', note: { kind: 'missing', original, normalised: null, key: 'osm.hours_missing', part: '' } };
      return { text: kept, note: { kind: 'unreadable', original, normalised: null, key: 'osm.hours_unreadable', part: reading.reason.part || kept } };
  }
}

/** A `check_date` (YYYY-MM-DD) is when a mapper last checked the place: the listing's last confirmation. */
function confirmedAt(checkDate: string | null): string | null {
  if (checkDate === null || !/^\d{4}-\d{2}-\d{2}$/.test(checkDate)) return null;
  const at = new Date(`${checkDate}T12:00:00Z`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

export function stageOsmRow(line: number, { osmId, checkDate, row }: OsmImportRow): StagedRow & { notes: StagedHoursNote | null } {
  const hours = hoursOf(row.openingHours ?? '');
  const parsed = OsmImportFieldsSchema.safeParse({ ...row, openingHours: hours.text });
  if (!parsed.success) return { line, fields: null, errors: fieldErrors(parsed.error), notes: null };
  const fields = parsed.data;
  if (fields.lat === null || fields.lng === null) return { line, fields: null, errors: { lat: ['console.geocode_failed'] }, notes: null };
  return {
    line,
    fields: { ...fields, id: newListingId(), h: hilbertKey(fields.lat, fields.lng), osmId, confirmedAt: confirmedAt(checkDate) },
    errors: null,
    notes: hours.note,
  };
}
