import { useTranslation } from 'react-i18next';
import { changedFields, type QueueItem } from '#schema/console/moderation.ts';
import { useLabels } from '../labels.ts';

/** What a moderator checks on a registration, beside its name and commune shown in the row. */
const REGISTRATION_FIELDS = ['category', 'address', 'phone', 'email', 'website', 'openingHours', 'services'] as const;

/** A stored value as a person reads it: names rather than codes, "empty" rather than nothing. */
function useValueText() {
  const { t } = useTranslation('console');
  const label = useLabels();
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('moderation.emptyValue');
    if (field === 'category') return label.category(String(value));
    if (field === 'status') return label.status(String(value));
    if (field === 'services' && Array.isArray(value)) return value.map((s) => t(`service.${String(s)}`, { ns: 'translation', defaultValue: String(s) })).join(', ');
    return Array.isArray(value) ? value.join(', ') : String(value);
  };
}

/** A queue item's details in words: a report's reason, an edit's before and after, a registration's fields. */
export function QueueDetails({ item }: { item: QueueItem }) {
  const { t } = useTranslation('console');
  const text = useValueText();
  const fieldName = (field: string) => t(`listings.fields.${field}`, { defaultValue: field });

  if (item.kind === 'report') {
    const comment = typeof item.details.comment === 'string' ? item.details.comment.trim() : '';
    return (
      <>
        {/* The reason in the words the resident picked it in, from the public page's translations. */}
        <strong>{t(`report.reasons.${String(item.details.reason)}`, { ns: 'translation', defaultValue: String(item.details.reason) })}</strong>
        {comment ? <> — « {comment} »</> : null}
      </>
    );
  }
  if (item.kind === 'edit' && item.previous) {
    const changes = changedFields(item.previous, item.details);
    if (changes.length === 0) return <>{t('moderation.noChange')}</>;
    return (
      <dl className="console-diff">
        {changes.map(({ field, before, after }) => (
          <div key={field}>
            <dt>{fieldName(field)}</dt>
            <dd>
              <del><span className="visually-hidden">{t('moderation.before')} </span>{text(field, before)}</del>
              {' → '}
              <ins><span className="visually-hidden">{t('moderation.after')} </span>{text(field, after)}</ins>
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  // A registration, or an edit queued before its previous values were kept: the values sent.
  const fields = item.kind === 'registration' ? REGISTRATION_FIELDS.filter((field) => field in item.details) : Object.keys(item.details);
  return (
    <dl className="console-diff">
      {fields.map((field) => (
        <div key={field}>
          <dt>{fieldName(field)}</dt>
          <dd>{text(field, item.details[field])}</dd>
        </div>
      ))}
    </dl>
  );
}
