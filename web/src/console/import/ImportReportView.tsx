import { useTranslation } from 'react-i18next';
import type { ImportReport } from '#schema/console/import.ts';
import { ImportErrorsTable } from './ImportErrorsTable.tsx';

type Props = { report: ImportReport & { geocoded: number }; busy: boolean; onCommit: () => void };

/** Every bad row with its reasons; the import is offered only when there are none. */
export function ImportReportView({ report, busy, onCommit }: Props) {
  const { t } = useTranslation('console');
  return (
    <section aria-labelledby="import-report-title" className="console-report">
      <h2 id="import-report-title">{t('import.report')}</h2>
      <p role="status">{t('import.summary', { total: report.total, valid: report.valid, invalid: report.errors.length, geocoded: report.geocoded })}</p>
      {report.errors.length > 0 ? (
        <ImportErrorsTable errors={report.errors} />
      ) : (
        <button type="button" onClick={onCommit} disabled={busy}>{t('import.commit', { count: report.valid })}</button>
      )}
    </section>
  );
}
