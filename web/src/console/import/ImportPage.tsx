import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_CHUNK_ROWS, IMPORT_FIELDS, IMPORT_MAX_ROWS, REQUIRED_IMPORT_FIELDS, type ImportReport, type ImportResult } from '#schema/console/import.ts';
import { banGeocoder } from '../../geocoding/ban-geocoder.ts';
import { ActionStatus } from '../ActionStatus.tsx';
import { consoleApi } from '../console-api.ts';
import { call } from '../../api.ts';
import { Field } from '../Field.tsx';
import { FileInput } from '../FileInput.tsx';
import type { ScreenProps } from '../screen.ts';
import { useAction } from '../use-action.ts';
import { geocodeRows, loadCentroids } from './geocode-rows.ts';
import { guessMapping, mapRow, type ColumnMapping } from './mapping.ts';
import { readSourceFile, type SourceTable } from './read-file.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { OsmImport } from './OsmImport.tsx';

type Progress = { label: string; done: number; total: number } | null;

export default function ImportPage({ tenant }: ScreenProps) {
  const { t } = useTranslation('console');
  const [table, setTable] = useState<SourceTable | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [useNationalGeocoder, setUseNationalGeocoder] = useState(true);
  const [progress, setProgress] = useState<Progress>(null);
  const [report, setReport] = useState<(ImportReport & { geocoded: number }) | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const action = useAction();

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setReport(null);
    setImported(null);
    if (!file) return;
    const source = await action.run(() => readSourceFile(file));
    if (source) {
      setTable(source);
      setMapping(guessMapping(source.columns));
    }
  }

  /** The dry run: geocode, send the rows in chunks (each one checked and staged), then read the report. */
  async function check() {
    if (!table) return;
    const answer = await action.run(async () => {
      if (table.rows.length > IMPORT_MAX_ROWS) throw new Error(t('import.tooMany', { max: IMPORT_MAX_ROWS }));
      const mapped = table.rows.map((row) => mapRow(row, mapping));
      setProgress({ label: t('import.geocoding'), done: 0, total: mapped.length });
      const geocoder = useNationalGeocoder ? banGeocoder(tenant.map.centre) : null;
      const placed = await geocodeRows(mapped, geocoder, await loadCentroids(tenant), (done) => setProgress({ label: t('import.geocoding'), done, total: mapped.length }));
      const { importId } = await call(consoleApi.imports.$post);
      for (let start = 0; start < placed.rows.length; start += IMPORT_CHUNK_ROWS) {
        setProgress({ label: t('import.uploading'), done: start, total: placed.rows.length });
        const rows = placed.rows.slice(start, start + IMPORT_CHUNK_ROWS);
        // Line numbers as a spreadsheet shows them: the header is line 1.
        await call(consoleApi.imports[':importId'].rows.$post, { param: { importId }, json: { firstLine: start + 2, rows } });
      }
      setProgress({ label: t('import.uploading'), done: placed.rows.length, total: placed.rows.length });
      const result = await call(consoleApi.imports[':importId'].$get, { param: { importId } });
      return { ...result, geocoded: placed.byAddress + placed.byCommune };
    });
    if (answer) setReport(answer);
  }

  async function commit() {
    if (!report) return;
    const result = await action.run(() => call(consoleApi.imports[':importId'].commit.$post, { param: { importId: report.importId } }));
    if (result) {
      setImported(result.imported);
      setReport(null);
    }
  }

  const missing = REQUIRED_IMPORT_FIELDS.filter((field) => !mapping[field]);
  return (
    <>
      <p>{t('import.intro')}</p>
      <Field label={t('import.file')} hint={t('import.fileHint')}>
        <FileInput accept=".csv,.txt,.json,.geojson,text/csv,application/geo+json" onChange={(e) => void chooseFile(e)} />
      </Field>
      {table?.osmFeatures ? <OsmImport tenant={tenant} features={table.osmFeatures} /> : null}
      {table && !table.osmFeatures ? (
        <form className="console-form" onSubmit={(e) => { e.preventDefault(); void check(); }}>
          <fieldset>
            <legend>{t('import.mapping', { rows: table.rows.length })}</legend>
            {IMPORT_FIELDS.map((field) => (
              <Field key={field} label={`${t(`listings.fields.${field}`)}${REQUIRED_IMPORT_FIELDS.includes(field) ? ' *' : ''}`}>
                <select value={mapping[field] ?? ''} onChange={(e) => setMapping({ ...mapping, [field]: e.target.value || undefined })} data-import-field={field}>
                  <option value="">{t('import.notInFile')}</option>
                  {table.columns.map((column) => <option key={column} value={column}>{column}</option>)}
                </select>
              </Field>
            ))}
          </fieldset>
          <label className="console-check">
            <input type="checkbox" checked={useNationalGeocoder} onChange={(e) => setUseNationalGeocoder(e.target.checked)} />
            {t('import.nationalGeocoder')}
          </label>
          {missing.length > 0 ? <p className="console-error">{t('import.missing', { fields: missing.map((f) => t(`listings.fields.${f}`)).join(', ') })}</p> : null}
          <button type="submit" disabled={missing.length > 0 || action.busy}>{t('import.check')}</button>
        </form>
      ) : null}
      {progress ? (
        <div className="console-progress">
          <label htmlFor="import-progress">{progress.label} — {progress.done} / {progress.total}</label>
          <progress id="import-progress" max={progress.total} value={progress.done} />
        </div>
      ) : null}
      <ActionStatus state={action} />
      {report ? <ImportReportView report={report} busy={action.busy} onCommit={() => void commit()} /> : null}
      {imported !== null ? <p className="console-done" role="status">{t('import.done', { count: imported })}</p> : null}
    </>
  );
}
