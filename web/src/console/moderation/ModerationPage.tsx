import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QUEUE_KINDS, type QueueFilter, type QueueItem } from '#schema/console/moderation.ts';
import { ActionStatus } from '../ActionStatus.tsx';
import { CategorySelect } from '../CategorySelect.tsx';
import { consoleApi } from '../console-api.ts';
import { call } from '../../api.ts';
import { Field } from '../Field.tsx';
import { ListingEditor } from '../listings/ListingEditor.tsx';
import { useAction } from '../use-action.ts';
import { QueueDetails } from './QueueDetails.tsx';

type Filters = { kind: string; commune: string; category: string; minAgeDays: string };

function toQuery(filters: Filters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== ''));
}

export default function ModerationPage() {
  const { t, i18n } = useTranslation('console');
  const [filters, setFilters] = useState<Filters>({ kind: '', commune: '', category: '', minAgeDays: '' });
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const load = useAction();
  const decide = useAction();

  const refresh = useCallback(async (current: Filters) => {
    const answer = await load.run(() => call(consoleApi.moderation.$get, { query: toQuery(current) as QueueFilter as Record<string, string> }));
    if (answer) {
      setItems(answer.items);
      setSelected(new Set());
    }
  }, [load.run]);

  useEffect(() => void refresh(filters), []);

  async function submitDecision(decision: 'approve' | 'reject') {
    const ids = [...selected];
    const answer = await decide.run(
      () => call(consoleApi.moderation.decisions.$post, { json: { items: ids, decision, reason: decision === 'reject' ? reason : undefined } }),
      t(decision === 'approve' ? 'moderation.approved' : 'moderation.rejected', { count: ids.length }),
    );
    if (answer) {
      setReason('');
      await refresh(filters);
    }
  }

  function applyFilters(event: FormEvent) {
    event.preventDefault();
    void refresh(filters);
  }

  const toggle = (id: string) => setSelected((current) => {
    const next = new Set(current);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  // A registration or an edit often needs a small correction before it is approved.
  if (editing) return <ListingEditor id={editing} backLabel={t('moderation.back')} onClose={() => { setEditing(null); void refresh(filters); }} />;

  return (
    <>
      <form className="console-filters" onSubmit={applyFilters} aria-label={t('moderation.filters')}>
        <Field label={t('moderation.kind')}>
          <select value={filters.kind} onChange={(e) => setFilters({ ...filters, kind: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {QUEUE_KINDS.map((kind) => <option key={kind} value={kind}>{t(`moderation.kinds.${kind}`)}</option>)}
          </select>
        </Field>
        <CategorySelect value={filters.category} onChange={(category) => setFilters({ ...filters, category })} />
        <Field label={t('moderation.commune')} errors={load.fields.commune}>
          <input value={filters.commune} inputMode="text" size={6} onChange={(e) => setFilters({ ...filters, commune: e.target.value.trim() })} />
        </Field>
        <Field label={t('moderation.minAge')} errors={load.fields.minAgeDays}>
          <input type="number" min={0} value={filters.minAgeDays} onChange={(e) => setFilters({ ...filters, minAgeDays: e.target.value })} />
        </Field>
        <button type="submit">{t('common.filter')}</button>
      </form>
      <ActionStatus state={load} />
      {items && items.length === 0 ? <p>{t('moderation.empty')}</p> : null}
      {items && items.length > 0 ? (
        <table className="console-table">
          <caption>{t('moderation.caption', { count: items.length })}</caption>
          <thead>
            <tr>
              <th scope="col"><span className="visually-hidden">{t('common.select')}</span></th>
              <th scope="col">{t('moderation.kind')}</th>
              <th scope="col">{t('moderation.listing')}</th>
              <th scope="col">{t('moderation.commune')}</th>
              <th scope="col">{t('moderation.details')}</th>
              <th scope="col">{t('moderation.received')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-queue-item={item.id}>
                <td><input type="checkbox" checked={selected.has(item.id)} onChange={() => toggle(item.id)} aria-label={t('moderation.selectItem', { name: item.listingName })} /></td>
                <td>{t(`moderation.kinds.${item.kind}`)}</td>
                <th scope="row">
                  {item.listingName}{' '}
                  <button type="button" className="console-link" onClick={() => setEditing(item.listingId)} aria-label={t('moderation.editItem', { name: item.listingName })}>
                    {t('moderation.edit')}
                  </button>
                </th>
                <td>{item.commune} ({item.communeInsee})</td>
                <td className="console-details">
                  {item.holdReason ? <><strong>{t(`moderation.holds.${item.holdReason}`)}</strong><br /></> : null}
                  {item.siretCheck ? <><span data-siret-check={item.siretCheck}>{t(`moderation.siretChecks.${item.siretCheck}`)}</span><br /></> : null}
                  <QueueDetails item={item} />
                </td>
                <td><time dateTime={item.createdAt}>{new Date(item.createdAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}</time></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {items && items.length > 0 ? (
        <fieldset className="console-decision">
          <legend>{t('moderation.decide', { count: selected.size })}</legend>
          <button type="button" disabled={selected.size === 0 || decide.busy} onClick={() => void submitDecision('approve')}>{t('moderation.approve')}</button>
          <Field label={t('moderation.reason')} hint={t('moderation.reasonHint')} errors={decide.fields.reason}>
            <textarea value={reason} rows={2} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <button type="button" disabled={selected.size === 0 || decide.busy} onClick={() => void submitDecision('reject')}>{t('moderation.reject')}</button>
        </fieldset>
      ) : null}
      {/* Outside the decision form, which goes when a decision empties the queue: the confirmation stays. */}
      <ActionStatus state={decide} />
    </>
  );
}
