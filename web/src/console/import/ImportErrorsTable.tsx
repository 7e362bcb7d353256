import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '#schema/console/import.ts';

/** Every bad row of a dry run with its reasons, one line per field. */
export function ImportErrorsTable({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation('console');
  return (
    <table className="console-table">
      <caption>{t('import.errorsCaption')}</caption>
      <thead>
        <tr><th scope="col">{t('import.line')}</th><th scope="col">{t('import.field')}</th><th scope="col">{t('import.reason')}</th></tr>
      </thead>
      <tbody>
        {errors.flatMap((error) =>
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
  );
}
