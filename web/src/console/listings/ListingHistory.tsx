import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '#schema/console/listings.ts';

/** What changed, field by field, between an entry's before and after. */
function changedFields(entry: AuditEntry): string[] {
  if (!entry.before || !entry.after || typeof entry.before !== 'object' || typeof entry.after !== 'object') return [];
  const before = entry.before as Record<string, unknown>;
  const after = entry.after as Record<string, unknown>;
  return Object.keys(after).filter((key) => key in before && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

export function ListingHistory({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation('console');
  return (
    <section aria-labelledby="listing-history">
      <h3 id="listing-history">{t('listings.history')}</h3>
      {entries.length === 0 ? <p>{t('listings.noHistory')}</p> : null}
      <ol className="console-history">
        {entries.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time> — {t(`audit.${entry.action}`, { defaultValue: entry.action })} — {entry.actor}
            {changedFields(entry).length > 0 ? <> ({changedFields(entry).join(', ')})</> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
