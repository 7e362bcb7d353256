import { useTranslation } from 'react-i18next';
import type { ImportReport } from '#schema/console/import.ts';

type Props = { report: ImportReport & { geocoded: number }; busy: boolean; onCommit: () => void };

/** Every bad row with its reasons; the import is offered only when there are none. */
export function ImportReportView({ report, busy, onCommit }: Props) {
  const { t } = useTranslation('console');
  return (
    <section aria-labelledby="import-report-title" className="console-report">
      <h2 id="import-report-title">{t('import.report')}</h2>
      <p role="status">{t('import.summary', { total: report.total, valid: report.valid, invalid: report.errors.length, geocoded: report.geocoded })}</p>
      {report.errors.length > 0 ? (
        <table className="console-table">
          <caption>{t('import.errorsCaption')}</caption>
          <thead>
            <tr><th scope="col">{t('import.line')}</th><th scope="col">{t('import.field')}</th><th scope="col">{t('import.reason')}</th></tr>
          </thead>
          <tbody>
            {report.errors.flatMap((error) =>
              Object.entries(error.fields).map(([field, messages]) => (
                <tr key={`${error.line}-${field}`} data-import-error-line={error.line}>
                  <th scope="row">{error.line}</th>
                  <td>{t(`listings.fields.${field}`, { defaultValue: field })}</td>
                  <td>{messages.join(' ')}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      ) : (
        <button type="button" onClick={onCommit} disabled={busy}>{t('import.commit', { count: report.valid })}</button>
      )}
    </section>
  );
}
