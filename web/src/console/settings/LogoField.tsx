import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_ACCEPT, LOGO_MAX_BYTES, looksLikeSvg, sniffLogoType } from '#schema/console/logo.ts';
import { apiMessage } from '#schema/messages.ts';
import { ActionStatus } from '../ActionStatus.tsx';
import { call } from '../../api.ts';
import { asLanguage } from '../../i18n/language.ts';
import { consoleApi } from '../console-api.ts';
import { FileInput } from '../FileInput.tsx';
import { useAction } from '../use-action.ts';

/** The same checks as the server, before sending: a wrong file is told at once, offline too. */
function problemWith(bytes: Uint8Array): string | null {
  if (bytes.byteLength > LOGO_MAX_BYTES) return 'console.logo_too_large';
  if (looksLikeSvg(bytes)) return 'console.logo_svg';
  return sniffLogoType(bytes) ? null : 'console.logo_type';
}

/**
 * The logo is a file the Worker keeps and serves on the tenant's host (a typed address could
 * never show under the pages' CSP). It is saved as soon as it is chosen, apart from the form.
 */
export function LogoField({ logoUrl, onChange }: { logoUrl: string | null; onChange: (logoUrl: string | null) => void }) {
  const { t, i18n } = useTranslation('console');
  const id = useId();
  const action = useAction();
  const [local, setLocal] = useState<string | null>(null);
  const errors = local ? [local] : action.fields.logo;

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const problem = problemWith(bytes);
    setLocal(problem ? apiMessage(problem, asLanguage(i18n.language)) : null);
    if (problem) return;
    const type = sniffLogoType(bytes) ?? file.type;
    const saved = await action.run(
      () => call(consoleApi.settings.logo.$put, {}, { init: { body: bytes, headers: { 'content-type': type } } }),
      t('settings.logoSaved'),
    );
    input.value = '';
    if (saved) onChange(saved.logoUrl);
  }

  async function remove() {
    setLocal(null);
    const removed = await action.run(() => call(consoleApi.settings.logo.$delete), t('settings.logoRemoved'));
    if (removed) onChange(removed.logoUrl);
  }

  return (
    <div className="console-field console-logo">
      <label htmlFor={id}>{t('settings.logo')}</label>
      <span id={`${id}-hint`} className="console-hint">{t('settings.logoHint')}</span>
      {logoUrl ? <img className="console-logo-current" src={logoUrl} alt={t('settings.logoCurrent')} height={48} /> : <span className="console-hint">{t('settings.logoNone')}</span>}
      <FileInput
        id={id}
        accept={LOGO_ACCEPT}
        onChange={(event) => void upload(event)}
        disabled={action.busy}
        aria-describedby={errors?.length ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={errors?.length ? true : undefined}
      />
      {errors?.length ? <span id={`${id}-error`} className="console-error" role="alert">{errors.join(' ')}</span> : null}
      {logoUrl ? <button type="button" onClick={() => void remove()} disabled={action.busy}>{t('settings.logoRemove')}</button> : null}
      <ActionStatus state={{ ...action, error: errors?.length ? null : action.error }} />
    </div>
  );
}
