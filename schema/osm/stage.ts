import type { z } from 'zod';
import { OsmImportFieldsSchema, type HoursNoteKind } from '../console/import.ts';
import { readOpeningHours } from '../hours/osm-library.ts';
import type { OsmImportRow } from './features.ts';

/**
 * One OSM row checked for import, shared by the console's import route and the tenant CLI. It
 * imports OpenStreetMap's evaluator (osm-library.ts): never from the web app.
 */

/** A dry-run note: the message key and the part it quotes, translated when the report is read. */
export type StagedHoursNote = { kind: HoursNoteKind; original: string; normalised: string | null; key: string; part: string };

/**
 * What is stored as a row's hours, and what the dry run must say about them. Values the model
 * or the library reads are stored in their normalised form; the others are kept as written, so
 * that the card shows them as text and nothing of what the mapper wrote is lost.
 */
type StagedHours = { text: string; proposed: string | null; note: StagedHoursNote | null };

/**
 * An ambiguous value is kept as written too; the library's reading of it is staged beside it
 * (`proposed`), shown in the dry run, and stored instead only when the CCI takes the proposed
 * readings (decision 009).
 */
function hoursOf(original: string): StagedHours {
  const reading = readOpeningHours(original);
  const kept = original.trim();
  switch (reading.kind) {
    case 'model':
    case 'library':
      return { text: reading.text, proposed: null, note: reading.text === kept ? null : { kind: 'normalised', original, normalised: reading.text, key: 'osm.hours_normalised', part: '' } };
    case 'comment':
      return { text: kept, proposed: null, note: { kind: 'comment', original, normalised: null, key: 'osm.hours_comment', part: reading.comment } };
    case 'ambiguous': {
      const parts = [...new Set(reading.changes.filter((change) => change.kind === 'ambiguous').map((change) => change.part))];
      const key = reading.proposal ? 'osm.hours_ambiguous_proposed' : 'osm.hours_ambiguous';
      return { text: kept, proposed: reading.proposal, note: { kind: 'ambiguous', original, normalised: reading.proposal, key, part: parts.join(', ') } };
    }
    case 'unreadable':
      if (kept === '') return { text: '', proposed: null, note: { kind: 'missing', original, normalised: null, key: 'osm.hours_missing', part: '' } };
      return { text: kept, proposed: null, note: { kind: 'unreadable', original, normalised: null, key: 'osm.hours_unreadable', part: reading.reason.part || kept } };
  }
}

/** A `check_date` (YYYY-MM-DD) is when a mapper last checked the place: the listing's last confirmation. */
function confirmedAt(checkDate: string | null): string | null {
  if (checkDate === null || !/^\d{4}-\d{2}-\d{2}$/.test(checkDate)) return null;
  const at = new Date(`${checkDate}T12:00:00Z`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** `proposedHours`: the reading proposed for ambiguous hours, stored only if the CCI takes it. */
export type CheckedOsmFields = z.infer<typeof OsmImportFieldsSchema> & { lat: number; lng: number; osmId: string; confirmedAt: string | null; proposedHours: string | null };

export type CheckedOsmRow =
  | { ok: true; fields: CheckedOsmFields; notes: StagedHoursNote | null }
  | { ok: false; issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> };

export function checkOsmRow({ osmId, checkDate, row }: OsmImportRow): CheckedOsmRow {
  const hours = hoursOf(row.openingHours ?? '');
  const parsed = OsmImportFieldsSchema.safeParse({ ...row, openingHours: hours.text });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues };
  const { lat, lng } = parsed.data;
  if (lat === null || lng === null) return { ok: false, issues: [{ path: ['lat'], message: 'console.geocode_failed' }] };
  return { ok: true, fields: { ...parsed.data, lat, lng, osmId, confirmedAt: confirmedAt(checkDate), proposedHours: hours.proposed }, notes: hours.note };
}
