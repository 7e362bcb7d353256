import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LISTING_STATUSES } from '#schema/status.ts';
import { ActionStatus } from '../ActionStatus.tsx';
import { CategorySelect } from '../CategorySelect.tsx';
import { consoleApi } from '../console-api.ts';
import { call, type Answer } from '../../api.ts';
import { Field } from '../Field.tsx';
import { useLabels } from '../labels.ts';
import { useAction } from '../use-action.ts';
import { ListingEditor } from './ListingEditor.tsx';
import { OpenDataExport } from './OpenDataExport.tsx';

type Search = { q: string; category: string; status: string; commune: string };

export default function ListingsPage() {
  const { t } = useTranslation('console');
  const label = useLabels();
  const [search, setSearch] = useState<Search>({ q: '', category: '', status: '', commune: '' });
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<Answer<typeof consoleApi.listings.$get> | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const load = useAction();

  const refresh = useCallback(async (current: Search, from: number) => {
    const query = { ...Object.fromEntries(Object.entries(current).filter(([, v]) => v !== '')), offset: String(from) };
    const answer = await load.run(() => call(consoleApi.listings.$get, { query }));
    if (answer) setPage(answer);
  }, [load.run]);

  useEffect(() => void refresh(search, offset), [offset]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setOffset(0);
    void refresh(search, 0);
  }

  if (open) return <ListingEditor id={open} onClose={() => { setOpen(null); void refresh(search, offset); }} />;

  return (
    <>
      <OpenDataExport />
      <form className="console-filters" role="search" onSubmit={submit}>
        <Field label={t('listings.search')}>
          <input type="search" value={search.q} onChange={(e) => setSearch({ ...search, q: e.target.value })} />
        </Field>
        <CategorySelect value={search.category} onChange={(category) => setSearch({ ...search, category })} />
        <Field label={t('listings.status')}>
          <select value={search.status} onChange={(e) => setSearch({ ...search, status: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {LISTING_STATUSES.map((s) => <option key={s} value={s}>{label.status(s)}</option>)}
          </select>
        </Field>
        <Field label={t('moderation.commune')} errors={load.fields.commune}>
          <input value={search.commune} size={6} onChange={(e) => setSearch({ ...search, commune: e.target.value.trim() })} />
        </Field>
        <button type="submit">{t('common.filter')}</button>
      </form>
      <ActionStatus state={load} />
      {page ? (
        <table className="console-table stacks-when-narrow">
          <caption>{t('listings.caption', { count: page.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('listings.name')}</th>
              <th scope="col">{t('moderation.category')}</th>
              <th scope="col">{t('listings.status')}</th>
              <th scope="col">{t('moderation.commune')}</th>
              <th scope="col">{t('listings.published')}</th>
            </tr>
          </thead>
          <tbody>
            {page.listings.map((listing) => (
              <tr key={listing.id}>
                <th scope="row"><button type="button" className="console-link" onClick={() => setOpen(listing.id)}>{listing.name}</button></th>
                <td data-label={t('moderation.category')}>{label.category(listing.category)}</td>
                <td data-label={t('listings.status')}>{label.status(listing.status)}</td>
                <td data-label={t('moderation.commune')}>{listing.commune}</td>
                <td data-label={t('listings.published')}>{listing.published ? t('common.yes') : t(`listings.states.${listing.moderationState}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {page && page.total > page.listings.length ? (
        <nav className="console-pages" aria-label={t('listings.pages')}>
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - 50))}>{t('listings.previous')}</button>
          <span>{t('listings.range', { from: offset + 1, to: offset + page.listings.length, total: page.total })}</span>
          <button type="button" disabled={offset + page.listings.length >= page.total} onClick={() => setOffset(offset + 50)}>{t('listings.next')}</button>
        </nav>
      ) : null}
    </>
  );
}
