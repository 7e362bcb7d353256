import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, SERVICES } from '#schema/categories.ts';
import { StaffListingSchema, type ConsoleListing, type StaffListing } from '#schema/console/listings.ts';
import { LISTING_STATUSES } from '#schema/status.ts';
import { ActionStatus } from '../ActionStatus.tsx';
import { consoleApi } from '../console-api.ts';
import { call, type Answer } from '../../api.ts';
import { Field } from '../Field.tsx';
import { checkForm } from '../form-errors.ts';
import { useLabels } from '../labels.ts';
import { useAction } from '../use-action.ts';
import { ListingHistory } from './ListingHistory.tsx';

type Loaded = Answer<(typeof consoleApi.listings)[':id']['$get']>;

const TEXT_FIELDS = ['name', 'address', 'postcode', 'commune', 'communeInsee', 'phone', 'email', 'website', 'siret', 'openingHours'] as const;

function editable(listing: ConsoleListing): StaffListing {
  const { id: _i, published: _p, moderationState: _m, lastConfirmedAt: _l, createdAt: _c, updatedAt: _u, ...fields } = listing;
  return fields;
}

/** `backLabel`: where closing the editor goes back to (the listings by default). */
export function ListingEditor({ id, onClose, backLabel }: { id: string; onClose: () => void; backLabel?: string }) {
  const { t, i18n } = useTranslation('console');
  const label = useLabels();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [form, setForm] = useState<StaffListing | null>(null);
  const [duplicateId, setDuplicateId] = useState('');
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const action = useAction();
  // Its own state: reloading after a save must not wipe the "saved" confirmation.
  const load = useAction();
  const item = consoleApi.listings[':id'];

  async function reload() {
    const answer = await load.run(() => call(item.$get, { param: { id } }));
    if (answer) {
      setLoaded(answer);
      setForm(editable(answer.listing));
    }
  }
  useEffect(() => void reload(), [id]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const checked = checkForm(StaffListingSchema, form, i18n.language);
    setLocal(checked.ok ? {} : checked.fields);
    if (!checked.ok) return;
    if (await action.run(() => call(item.$put, { param: { id }, json: checked.value }), t('listings.saved'))) await reload();
  }

  async function close() {
    if (await action.run(() => call(item.close.$post, { param: { id } }), t('listings.closed'))) await reload();
  }

  async function merge(event: FormEvent) {
    event.preventDefault();
    if (await action.run(() => call(item.merge.$post, { param: { id }, json: { duplicateId } }), t('listings.merged'))) await reload();
  }

  if (!loaded || !form) return <ActionStatus state={load} />;
  const errors = (field: string) => local[field] ?? action.fields[field];
  const setText = (field: (typeof TEXT_FIELDS)[number], value: string) => setForm({ ...form, [field]: value === '' && field !== 'name' ? null : value });

  return (
    <section aria-labelledby="listing-editor-title">
      <h2 id="listing-editor-title">{loaded.listing.name}</h2>
      <button type="button" onClick={onClose}>{backLabel ?? t('listings.back')}</button>
      <form className="console-form" onSubmit={save} noValidate>
        {TEXT_FIELDS.map((field) => (
          <Field key={field} label={t(`listings.fields.${field}`)} errors={errors(field)}>
            <input value={(form[field] as string | null) ?? ''} onChange={(e) => setText(field, e.target.value)} />
          </Field>
        ))}
        <Field label={t('moderation.category')} errors={errors('category')}>
          <select value={form.category} onChange={(e) => setForm({ ...form, category: e.target.value as StaffListing['category'] })}>
            {CATEGORIES.map((c) => <option key={c} value={c}>{label.category(c)}</option>)}
          </select>
        </Field>
        <Field label={t('listings.status')} errors={errors('status')}>
          <select value={form.status} onChange={(e) => setForm({ ...form, status: e.target.value as StaffListing['status'] })}>
            {LISTING_STATUSES.map((s) => <option key={s} value={s}>{label.status(s)}</option>)}
          </select>
        </Field>
        {(['lat', 'lng'] as const).map((field) => (
          <Field key={field} label={t(`listings.fields.${field}`)} errors={errors(field)}>
            <input type="number" step="any" value={form[field]} onChange={(e) => setForm({ ...form, [field]: Number(e.target.value) })} />
          </Field>
        ))}
        <fieldset>
          <legend>{t('listings.fields.services')}</legend>
          {SERVICES.map((service) => (
            <label key={service} className="console-check">
              <input
                type="checkbox"
                checked={form.services.includes(service)}
                onChange={(e) => setForm({ ...form, services: e.target.checked ? [...form.services, service] : form.services.filter((s) => s !== service) })}
              />
              {t(`service.${service}`, { ns: 'translation', defaultValue: service })}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={action.busy}>{t('common.save')}</button>
      </form>
      <ActionStatus state={load.error ? load : action} />
      <h3>{t('listings.otherActions')}</h3>
      <button type="button" onClick={() => void close()} disabled={form.status === 'permanently_closed'}>{t('listings.markClosed')}</button>
      <form className="console-inline" onSubmit={merge}>
        <Field label={t('listings.duplicateId')} hint={t('listings.mergeHint')} errors={action.fields.duplicateId}>
          <input value={duplicateId} onChange={(e) => setDuplicateId(e.target.value.trim())} />
        </Field>
        <button type="submit" disabled={!duplicateId}>{t('listings.merge')}</button>
      </form>
      <ListingHistory entries={loaded.history} />
    </section>
  );
}
