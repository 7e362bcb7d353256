import { useState, type FormEvent } from 'react';
import { SERVICES } from '#schema/categories.ts';
import { HIGHLIGHT_STATUSES, type CrisisInput, type PublicCrisis } from '#schema/crisis.ts';
import { useCrisisTranslation } from '../../crisis/i18n.ts';

function initial(active: PublicCrisis | null): CrisisInput {
  return {
    title: active?.title ?? { fr: '', en: null },
    message: active?.message ?? { fr: '', en: null },
    endsOn: active?.endsOn ?? null,
    highlightStatuses: active?.highlight.statuses ?? ['open', 'adapted'],
    highlightServices: active?.highlight.services ?? [],
  };
}

function toggled<T>(list: T[], item: T, on: boolean): T[] {
  return on ? [...list, item] : list.filter((x) => x !== item);
}

export function CrisisForm({ active, onSave }: { active: PublicCrisis | null; onSave: (input: CrisisInput) => Promise<void> }) {
  const { t } = useCrisisTranslation();
  const [input, setInput] = useState(() => initial(active));
  const text = (field: 'title' | 'message', language: 'fr' | 'en', value: string) =>
    setInput({ ...input, [field]: { ...input[field], [language]: language === 'en' && value === '' ? null : value } });

  function submit(event: FormEvent) {
    event.preventDefault();
    void onSave(input);
  }

  return (
    <form className="crisis-form" onSubmit={submit}>
      <label className="crisis-field">{t('console.titleFr')}<input required maxLength={120} value={input.title.fr} onChange={(e) => text('title', 'fr', e.target.value)} /></label>
      <label className="crisis-field">{t('console.titleEn')}<input maxLength={120} value={input.title.en ?? ''} onChange={(e) => text('title', 'en', e.target.value)} /></label>
      <label className="crisis-field">{t('console.messageFr')}<textarea required maxLength={1000} value={input.message.fr} onChange={(e) => text('message', 'fr', e.target.value)} /></label>
      <label className="crisis-field">{t('console.messageEn')}<textarea maxLength={1000} value={input.message.en ?? ''} onChange={(e) => text('message', 'en', e.target.value)} /></label>
      <label className="crisis-field">{t('console.endsOn')}<input type="date" value={input.endsOn ?? ''} onChange={(e) => setInput({ ...input, endsOn: e.target.value || null })} /></label>
      <fieldset>
        <legend>{t('console.highlightStatuses')}</legend>
        {HIGHLIGHT_STATUSES.map((status) => (
          <label key={status} className="console-check">
            <input type="checkbox" checked={input.highlightStatuses.includes(status)} onChange={(e) => setInput({ ...input, highlightStatuses: toggled(input.highlightStatuses, status, e.target.checked) })} />
            {t(`status.${status}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('console.highlightServices')}</legend>
        {SERVICES.map((service) => (
          <label key={service} className="console-check">
            <input type="checkbox" checked={input.highlightServices.includes(service)} onChange={(e) => setInput({ ...input, highlightServices: toggled(input.highlightServices, service, e.target.checked) })} />
            {t(`service.${service}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit">{t(active ? 'console.save' : 'console.turnOn')}</button>
    </form>
  );
}
