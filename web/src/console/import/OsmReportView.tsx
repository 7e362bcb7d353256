import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OsmImportReport } from '#schema/console/import.ts';
import type { Category } from '#schema/categories.ts';
import type { LeftOutFeature } from '#schema/osm/features.ts';
import { ImportErrorsTable } from './ImportErrorsTable.tsx';
import { OsmTagCategory } from './OsmTagCategory.tsx';

/** What the CCI chose at commit: store the readings proposed for ambiguous hours, take off the map the listings gone from OSM. */
export type OsmCommitChoices = { takeProposals: boolean; removeDisappeared: boolean };

type Props = { report: OsmImportReport; leftOut: LeftOutFeature[]; busy: boolean; onCommit: (choices: OsmCommitChoices) => void; onClassify: (tag: string, category: Category) => void };

/**
 * The OSM dry run: bad rows (which block the import), hours not taken as written (normalised
 * beside the original, or kept as text with the reason), what each row does to the map, and the
 * features left out. Importing asks to confirm the hours first.
 */
export function OsmReportView({ report, leftOut, busy, onCommit, onClassify }: Props) {
  const { t } = useTranslation('console');
  const [confirmed, setConfirmed] = useState(false);
  const [removeDisappeared, setRemoveDisappeared] = useState(false);
  const [takeProposals, setTakeProposals] = useState(false);
  const proposals = report.hours.filter((note) => note.kind === 'ambiguous' && note.normalised !== null).length;
  const removable = report.disappeared.filter((listing) => !listing.claimed).length;
  const count = (change: string) => report.changes.filter((row) => row.change === change).length;
  const toConfirm = report.hours.some((note) => note.kind !== 'missing');
  const unmapped = new Map<string, number>();
  for (const feature of leftOut) if (feature.reason === 'no_category' && feature.tag) unmapped.set(feature.tag, (unmapped.get(feature.tag) ?? 0) + 1);
  return (
    <section aria-labelledby="osm-report-title" className="console-report">
      <h2 id="osm-report-title">{t('import.report')}</h2>
      <p role="status">
        {t('osmImport.summary', { total: report.total, valid: report.valid, invalid: report.errors.length, created: count('new'), updated: count('updated') + count('returned'), unchanged: count('unchanged'), claimed: count('claimed'), leftOut: leftOut.length })}
      </p>
      {report.errors.length > 0 ? (
        <ImportErrorsTable errors={report.errors} />
      ) : null}
      {report.hours.length > 0 ? (
        <table className="console-table" data-osm-hours>
          <caption>{t('osmImport.hoursCaption')}</caption>
          <thead>
            <tr><th scope="col">{t('import.line')}</th><th scope="col">{t('osmImport.name')}</th><th scope="col">{t('osmImport.original')}</th><th scope="col">{t('osmImport.normalised')}</th></tr>
          </thead>
          <tbody>
            {report.hours.map((note) => (
              <tr key={note.line} data-osm-hours-line={note.line} data-osm-hours-kind={note.kind}>
                <th scope="row">{note.line}</th>
                <td>{note.name}</td>
                <td><code>{note.original || '—'}</code></td>
                <td>{note.normalised ? <><code>{note.normalised}</code> <span>{note.reason}</span></> : note.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {report.changes.some((row) => row.change !== 'new') ? (
        <table className="console-table" data-osm-changes>
          <caption>{t('osmImport.changesCaption')}</caption>
          <thead>
            <tr><th scope="col">{t('import.line')}</th><th scope="col">{t('osmImport.name')}</th><th scope="col">{t('osmImport.change')}</th></tr>
          </thead>
          <tbody>
            {report.changes.filter((row) => row.change !== 'unchanged').map((row) => (
              <tr key={row.line} data-osm-change-line={row.line} data-osm-change={row.change}>
                <th scope="row">{row.line}</th>
                <td>{row.name}</td>
                <td>{t(`osmImport.changes.${row.change}`, { fields: row.fields.map((field) => t(`listings.fields.${field}`, { defaultValue: field })).join(', ') })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {report.disappeared.length > 0 ? (
        <table className="console-table" data-osm-disappeared>
          <caption>{t('osmImport.disappearedCaption', { count: report.disappeared.length })}</caption>
          <thead>
            <tr><th scope="col">{t('osmImport.name')}</th><th scope="col">OSM</th><th scope="col">{t('osmImport.change')}</th></tr>
          </thead>
          <tbody>
            {report.disappeared.map((listing) => (
              <tr key={listing.listingId} data-osm-disappeared-claimed={listing.claimed ? '1' : '0'}>
                <th scope="row">{listing.name}</th>
                <td>{listing.osmId}</td>
                <td>{t(listing.claimed ? 'osmImport.disappearedClaimed' : 'osmImport.disappearedUnclaimed')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {leftOut.length > 0 ? (
        <details>
          <summary>{t('osmImport.leftOutTitle', { count: leftOut.length })}</summary>
          <ul>
            {leftOut.map((feature) => (
              <li key={feature.osmId}>{t(`osmImport.leftOut.${feature.reason}`, { id: feature.osmId, name: feature.name || feature.osmId, tag: feature.tag || '—' })}</li>
            ))}
          </ul>
          {unmapped.size > 0 ? (
            <ul className="osm-tags">
              {[...unmapped].map(([tag, count]) => <OsmTagCategory key={tag} tag={tag} count={count} busy={busy} onChoose={(category) => onClassify(tag, category)} />)}
            </ul>
          ) : null}
        </details>
      ) : null}
      {report.errors.length === 0 ? (
        <>
          {toConfirm ? <CommitCheck checked={confirmed} onChange={setConfirmed} label={t('osmImport.confirmHours')} /> : null}
          {proposals > 0 ? <CommitCheck checked={takeProposals} onChange={setTakeProposals} label={t('osmImport.takeProposals', { count: proposals })} /> : null}
          {removable > 0 ? <CommitCheck checked={removeDisappeared} onChange={setRemoveDisappeared} label={t('osmImport.removeDisappeared', { count: removable })} /> : null}
          <button type="button" onClick={() => onCommit({ takeProposals, removeDisappeared })} disabled={busy || (toConfirm && !confirmed)}>{t('import.commit', { count: report.valid })}</button>
        </>
      ) : null}
    </section>
  );
}

function CommitCheck({ checked, onChange, label }: { checked: boolean; onChange: (checked: boolean) => void; label: string }) {
  return (
    <label className="console-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
