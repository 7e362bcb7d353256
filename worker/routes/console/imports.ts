import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { IMPORT_MAX_ROWS, ImportChunkSchema, OsmImportChunkSchema, type ImportReport, type ImportResult, type OsmImportReport, type OsmImportResult } from '#schema/console/import.ts';
import { apiMessage } from '#schema/messages.ts';
import { DEFAULT_OSM_CATEGORIES, OsmCategoryChangeSchema, type OsmCategories } from '#schema/osm/categories.ts';
import { prepareAudit } from '../../db/audit.ts';
import { prepareStagingDelete, stagedSummary, stageRows } from '../../db/import-rows.ts';
import { prepareImportedListings } from '../../db/listing-writes.ts';
import { prepareOsmCategory, tenantOsmCategories } from '../../db/osm-categories.ts';
import { prepareDisappearedUnpublish, prepareOsmListings, stagedChanges, stagedDisappeared, stagedHoursNotes } from '../../db/osm-import.ts';
import { ApiProblem } from '../../errors.ts';
import { stageRow, type StagedRow } from '../../services/import-rows.ts';
import { stageOsmRow } from '../../services/osm-import-rows.ts';
import { servicesFor } from '../../services/index.ts';
import { newSecretToken } from '../../services/tokens.ts';
import { actorOf, requirePermission, requireStaff } from '../../middleware/staff-session.ts';
import { validate } from '../../validation.ts';
import type { AppEnv } from '../../env.ts';
import { requestLanguage } from '../../language.ts';
import { documented } from '../../openapi/describe.ts';

const ImportParam = z.object({ importId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'console.import_unknown') });
/**
 * Normalised hours and hours kept as text are written only once the CCI has read them;
 * `ambiguousConfirmed`: ambiguous hours are stored as the reading proposed for them, not as text;
 * `removeDisappeared`: also take off the map the unclaimed listings the export no longer holds.
 */
const OsmCommitQuery = z.object({ hoursConfirmed: z.literal('1').optional(), ambiguousConfirmed: z.literal('1').optional(), removeDisappeared: z.literal('1').optional() });

/** The dry run's report, messages in the reader's language. */
async function report(c: Context<AppEnv>, importId: string): Promise<ImportReport> {
  const summary = await stagedSummary(c.env.DB, c.get('tenant').id, importId);
  const language = requestLanguage(c);
  const errors = summary.errors.map((error) => ({
    line: error.line,
    fields: Object.fromEntries(Object.entries(error.fields).map(([field, keys]) => [field, keys.map((key) => apiMessage(key, language))])),
  }));
  return { importId, total: summary.total, valid: summary.valid, errors };
}

/** An OSM import's dry run: the rows' report, what happens to the hours, and what changes on the map. */
async function osmReport(c: Context<AppEnv>, importId: string, takeProposals = false): Promise<OsmImportReport> {
  const tenantId = c.get('tenant').id;
  const language = requestLanguage(c);
  const [base, notes, changes, disappeared] = await Promise.all([
    report(c, importId),
    stagedHoursNotes(c.env.DB, tenantId, importId),
    stagedChanges(c.env.DB, tenantId, importId, takeProposals),
    stagedDisappeared(c.env.DB, tenantId, importId),
  ]);
  const hours = notes.map(({ line, name, note }) => ({
    line,
    name,
    kind: note.kind,
    original: note.original,
    normalised: note.normalised,
    reason: apiMessage(note.key, language).replace('{part}', note.part),
  }));
  return { ...base, hours, changes, disappeared };
}

/**
 * Stages one chunk of either kind of import: each row is checked as it arrives (the dry run) and
 * kept with its errors; answers how many rows came and how many are bad.
 */
async function stageChunk<Row>(c: Context<AppEnv>, importId: string, chunk: { firstLine: number; rows: readonly Row[] }, stage: (line: number, row: Row) => StagedRow) {
  const { firstLine, rows } = chunk;
  if (firstLine + rows.length - 1 > IMPORT_MAX_ROWS + 1) throw new ApiProblem(413, 'too_large', 'console.import_too_large');
  const staged = rows.map((row, index) => stage(firstLine + index, row));
  await stageRows(c.env.DB, c.get('tenant').id, importId, staged, servicesFor(c.env).now());
  return { staged: staged.length, invalid: staged.filter((row) => row.errors).length };
}

/** An import with no row staged for this tenant is unknown: never opened, abandoned, or another tenant's. */
function refuseUnknown(report: ImportReport): void {
  if (report.total === 0) throw new ApiProblem(404, 'not_found', 'console.import_unknown');
}

/** A commit writes every row or none: an import with a bad row is refused with its report. */
function refuseUncommittable(report: ImportReport): void {
  refuseUnknown(report);
  if (report.errors.length > 0) throw new ApiProblem(422, 'import_has_errors', 'console.import_has_errors', undefined, { extra: { report } });
}

/** The tenant's OSM tag → category table: the defaults, and what its staff added or changed. */
async function osmCategoriesOf(db: D1Database, tenantId: number): Promise<OsmCategories> {
  return { defaults: { ...DEFAULT_OSM_CATEGORIES }, tenant: await tenantOsmCategories(db, tenantId) };
}

/**
 * An import in three steps: open it, send the mapped rows in chunks (each row is checked and
 * staged as it arrives: the dry run), read the report, then commit. The commit writes every row
 * in one statement, or nothing when any row is bad; staged rows of another tenant are invisible.
 */
export const importRoutes = new Hono<AppEnv>()
  .use(requireStaff, requirePermission('import'))
  .post('/', documented({ summary: 'Start an import', tag: 'Console', access: 'staff', success: 201 }), (c) => c.json({ importId: newSecretToken() }, 201))
  .get('/osm-categories', documented({ summary: 'OpenStreetMap tag → category table of OSM imports: defaults and the tenant’s own', tag: 'Console', access: 'staff' }), async (c) => {
    return c.json(await osmCategoriesOf(c.env.DB, c.get('tenant').id));
  })
  .put('/osm-categories', documented({ summary: 'Set or reset the category of an OpenStreetMap tag for this tenant', tag: 'Console', access: 'staff' }), validate('json', OsmCategoryChangeSchema), async (c) => {
    const tenantId = c.get('tenant').id;
    const { tag, category } = c.req.valid('json');
    await c.env.DB.batch([
      prepareOsmCategory(c.env.DB, tenantId, tag, category),
      prepareAudit(c.env.DB, { tenantId, actor: actorOf(c), action: 'set_osm_category', targetType: 'settings', targetId: `osm:${tag}`, after: { category }, now: servicesFor(c.env).now() }),
    ]);
    return c.json(await osmCategoriesOf(c.env.DB, tenantId));
  })
  .post('/:importId/rows', documented({ summary: 'Upload a chunk of import rows', tag: 'Console', access: 'staff' }), validate('param', ImportParam), validate('json', ImportChunkSchema), async (c) => {
    const { importId } = c.req.valid('param');
    return c.json(await stageChunk(c, importId, c.req.valid('json'), stageRow));
  })
  .get('/:importId', documented({ summary: 'Dry-run report of an import', tag: 'Console', access: 'staff' }), validate('param', ImportParam), async (c) => {
    const summary = await report(c, c.req.valid('param').importId);
    refuseUnknown(summary);
    return c.json(summary);
  })
  .post('/:importId/commit', documented({ summary: 'Import every row, or none', tag: 'Console', access: 'staff' }), validate('param', ImportParam), async (c) => {
    const { importId } = c.req.valid('param');
    const tenantId = c.get('tenant').id;
    const summary = await report(c, importId);
    refuseUncommittable(summary);
    const now = servicesFor(c.env).now();
    await c.env.DB.batch([
      prepareImportedListings(c.env.DB, tenantId, importId, now),
      prepareAudit(c.env.DB, { tenantId, actor: actorOf(c), action: 'import_listings', targetType: 'import', targetId: importId, after: { rows: summary.valid }, now }),
      prepareStagingDelete(c.env.DB, tenantId, importId),
    ]);
    const result: ImportResult = { imported: summary.valid };
    return c.json(result);
  })
  // The same steps for an OpenStreetMap export: rows keep their element's id, hours are read
  // as OSM tools read them, and committing refreshes the listings imported before (decision 010).
  .post('/:importId/osm-rows', documented({ summary: 'Upload a chunk of OpenStreetMap features as import rows', tag: 'Console', access: 'staff' }), validate('param', ImportParam), validate('json', OsmImportChunkSchema), async (c) => {
    const { importId } = c.req.valid('param');
    return c.json(await stageChunk(c, importId, c.req.valid('json'), stageOsmRow));
  })
  .get('/:importId/osm', documented({ summary: 'Dry-run report of an OpenStreetMap import: rows, hours normalised or kept as text, changes to the map', tag: 'Console', access: 'staff' }), validate('param', ImportParam), async (c) => {
    const summary = await osmReport(c, c.req.valid('param').importId);
    refuseUnknown(summary);
    return c.json(summary);
  })
  .post('/:importId/osm-commit', documented({ summary: 'Import every OpenStreetMap row or none; refreshes unclaimed listings (hoursConfirmed=1 once the hours were read; ambiguousConfirmed=1 stores the readings proposed for ambiguous hours; removeDisappeared=1 unpublishes the unclaimed ones the export no longer holds)', tag: 'Console', access: 'staff' }), validate('param', ImportParam), validate('query', OsmCommitQuery), async (c) => {
    const { importId } = c.req.valid('param');
    const tenantId = c.get('tenant').id;
    const takeProposals = c.req.valid('query').ambiguousConfirmed === '1';
    const summary = await osmReport(c, importId, takeProposals);
    refuseUncommittable(summary);
    const toConfirm = summary.hours.some((note) => note.kind !== 'missing');
    if (toConfirm && c.req.valid('query').hoursConfirmed !== '1') {
      throw new ApiProblem(422, 'hours_unconfirmed', 'osm.hours_unconfirmed', undefined, { extra: { report: summary } });
    }
    const count = (change: string) => summary.changes.filter((row) => row.change === change).length;
    const remove = c.req.valid('query').removeDisappeared === '1';
    const result: OsmImportResult = {
      imported: count('new'),
      // A listing back on the map is refreshed too.
      updated: count('updated') + count('returned'),
      unchanged: count('unchanged'),
      claimed: count('claimed'),
      disappeared: summary.disappeared.length,
      removed: remove ? summary.disappeared.filter((listing) => !listing.claimed).length : 0,
    };
    const now = servicesFor(c.env).now();
    await c.env.DB.batch([
      // Before the staged rows go: they say which elements the export still holds.
      ...(remove ? [prepareDisappearedUnpublish(c.env.DB, tenantId, importId, now)] : []),
      prepareOsmListings(c.env.DB, tenantId, importId, now, takeProposals),
      prepareAudit(c.env.DB, { tenantId, actor: actorOf(c), action: 'import_osm_listings', targetType: 'import', targetId: importId, after: result, now }),
      prepareStagingDelete(c.env.DB, tenantId, importId),
    ]);
    return c.json(result);
  })
  .delete('/:importId', documented({ summary: 'Abandon an import', tag: 'Console', access: 'staff' }), validate('param', ImportParam), async (c) => {
    const { meta } = await prepareStagingDelete(c.env.DB, c.get('tenant').id, c.req.valid('param').importId).run();
    if (meta.changes === 0) throw new ApiProblem(404, 'not_found', 'console.import_unknown');
    return c.json({ deleted: true as const });
  });
