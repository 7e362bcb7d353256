import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_CHUNK_ROWS, IMPORT_MAX_ROWS, type OsmImportReport, type OsmImportResult } from '#schema/console/import.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import type { Category } from '#schema/categories.ts';
import { osmCategoryMapping, type OsmCategories } from '#schema/osm/categories.ts';
import { osmRows, type LeftOutFeature, type OsmFeature } from '#schema/osm/features.ts';
import { loadTenantCommunes } from '../../communes/load.ts';
import { ActionStatus } from '../ActionStatus.tsx';
import { consoleApi } from '../console-api.ts';
import { call } from '../../api.ts';
import { useAction } from '../use-action.ts';
import { OsmReportView, type OsmCommitChoices } from './OsmReportView.tsx';

type Props = { tenant: PublicTenant; features: OsmFeature[] };

/**
 * An OpenStreetMap export, imported tag by tag (no column mapping): the dry run shows the hours
 * rewritten or kept as text and what changes on the map; the CCI confirms, then commits.
 */
export function OsmImport({ tenant, features }: Props) {
  const { t } = useTranslation('console');
  const [report, setReport] = useState<OsmImportReport | null>(null);
  const [leftOut, setLeftOut] = useState<LeftOutFeature[]>([]);
  const [result, setResult] = useState<OsmImportResult | null>(null);
  const action = useAction();

  async function check() {
    setResult(null);
    const answer = await action.run(async () => {
      if (features.length > IMPORT_MAX_ROWS) throw new Error(t('import.tooMany', { max: IMPORT_MAX_ROWS }));
      const categories = await call(consoleApi.imports['osm-categories'].$get);
      const converted = osmRows(features, await loadTenantCommunes(tenant).catch(() => []), osmCategoryMapping(categories));
      setLeftOut(converted.leftOut);
      if (converted.rows.length === 0) throw new Error(t('osmImport.nothing'));
      const { importId } = await call(consoleApi.imports.$post);
      for (let start = 0; start < converted.rows.length; start += IMPORT_CHUNK_ROWS) {
        const rows = converted.rows.slice(start, start + IMPORT_CHUNK_ROWS);
        await call(consoleApi.imports[':importId']['osm-rows'].$post, { param: { importId }, json: { firstLine: start + 1, rows } });
      }
      return call(consoleApi.imports[':importId'].osm.$get, { param: { importId } });
    });
    if (answer) setReport(answer);
  }

  /** A tag given a category is kept in the tenant's table; the dry run starts again with it. */
  async function classify(tag: string, category: Category) {
    const saved = await action.run(() => call(consoleApi.imports['osm-categories'].$put, { json: { tag, category } }));
    if (saved) await check();
  }

  async function commit({ takeProposals, removeDisappeared }: OsmCommitChoices) {
    if (!report) return;
    const query = { hoursConfirmed: '1' as const, ...(takeProposals ? { ambiguousConfirmed: '1' as const } : {}), ...(removeDisappeared ? { removeDisappeared: '1' as const } : {}) };
    const done = await action.run(() => call(consoleApi.imports[':importId']['osm-commit'].$post, { param: { importId: report.importId }, query }));
    if (done) {
      setResult(done);
      setReport(null);
    }
  }

  return (
    <>
      <p>{t('osmImport.intro', { count: features.length })}</p>
      <p className="console-hint">{t('osmImport.attribution')}</p>
      <button type="button" onClick={() => void check()} disabled={action.busy}>{t('import.check')}</button>
      <ActionStatus state={action} />
      {report ? <OsmReportView report={report} leftOut={leftOut} busy={action.busy} onCommit={(choices) => void commit(choices)} onClassify={(tag, category) => void classify(tag, category)} /> : null}
      {result ? (
        <p className="console-done" role="status">
          {t('osmImport.done', result)}
          {result.disappeared > 0 ? ` ${t('osmImport.removed', result)}` : null}
        </p>
      ) : null}
    </>
  );
}
