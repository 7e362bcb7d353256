import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { embedSnippet, type EmbedOptions } from '#schema/console/embed.ts';
import { CategorySelect } from '../CategorySelect.tsx';
import { Field } from '../Field.tsx';
import type { ScreenProps } from '../screen.ts';

/** Builds the iframe a CCI pastes into its site, and shows it as it will look. */
export default function EmbedPage({ tenant }: ScreenProps) {
  const { t } = useTranslation('console');
  const [options, setOptions] = useState<EmbedOptions>({ width: '100%', height: 480, title: tenant.name, open: '1' });
  const [copied, setCopied] = useState(false);
  const snippet = embedSnippet(window.location.origin, options);
  const previewSrc = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '/embed';
  const set = (patch: Partial<EmbedOptions>) => { setOptions({ ...options, ...patch }); setCopied(false); };

  async function copy() {
    await navigator.clipboard.writeText(snippet);
    setCopied(true);
  }

  return (
    <div className="console-embed">
      <form className="console-form" onSubmit={(e) => e.preventDefault()} aria-label={t('embed.options')}>
        <CategorySelect value={options.category ?? ''} onChange={(category) => set({ category: (category || undefined) as EmbedOptions['category'] })} />
        <Field label={t('moderation.commune')} hint={t('embed.communeHint')}>
          <input value={options.commune ?? ''} size={6} onChange={(e) => set({ commune: e.target.value.trim() || undefined })} />
        </Field>
        <label className="console-check">
          <input type="checkbox" checked={options.open === '1'} onChange={(e) => set({ open: e.target.checked ? '1' : undefined })} />
          {t('embed.openOnly')}
        </label>
        <Field label={t('embed.language')}>
          <select value={options.lang ?? ''} onChange={(e) => set({ lang: (e.target.value || undefined) as EmbedOptions['lang'] })}>
            <option value="">{t('embed.tenantLanguage')}</option>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </Field>
        <Field label={t('embed.width')} hint={t('embed.widthHint')}>
          <input value={options.width} onChange={(e) => set({ width: e.target.value.replace(/[^0-9%px]/g, '') || '100%' })} />
        </Field>
        <Field label={t('embed.height')}>
          <input type="number" min={200} max={2000} value={options.height} onChange={(e) => set({ height: Number(e.target.value) || 480 })} />
        </Field>
        <Field label={t('embed.title')} hint={t('embed.titleHint')}>
          <input value={options.title} onChange={(e) => set({ title: e.target.value })} />
        </Field>
      </form>
      <Field label={t('embed.snippet')} hint={t('embed.sitesHint')}>
        <textarea readOnly rows={4} value={snippet} className="console-code" />
      </Field>
      <button type="button" onClick={() => void copy()}>{t('embed.copy')}</button>
      <span role="status" aria-live="polite">{copied ? t('embed.copied') : ''}</span>
      <h2>{t('embed.preview')}</h2>
      <iframe src={previewSrc} title={options.title} width="100%" height={Math.min(options.height, 600)} className="console-embed-preview" />
    </div>
  );
}
