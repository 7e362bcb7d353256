import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOSES_SOON_MINUTES_MAX, TenantSettingsSchema, type TenantSettings, type TenantSettingsView } from '#schema/console/settings.ts';
import { MODERATION_MODES } from '#schema/registration.ts';
import { LANGUAGES } from '../../i18n/index.ts';
import { ActionStatus } from '../ActionStatus.tsx';
import { consoleApi } from '../console-api.ts';
import { call } from '../../api.ts';
import { Field } from '../Field.tsx';
import { AccessibilityForm } from './AccessibilityForm.tsx';
import { ColourFields } from './ColourFields.tsx';
import { LogoField } from './LogoField.tsx';
import { MainTownField } from './MainTownField.tsx';
import { PendingDomains } from './PendingDomains.tsx';
import { SettingsPreview } from './SettingsPreview.tsx';
import { TerritoryFields } from './TerritoryFields.tsx';
import { TileSourceFields } from './TileSourceFields.tsx';
import { useSettingsForm } from './use-settings-form.ts';

const lines = (values: readonly string[]) => values.join('\n');
const fromLines = (text: string) => text.split(/[\n,;]+/).map((line) => line.trim()).filter(Boolean);
const settingsOf = ({ pendingDomains: _pending, logoUrl: _logo, ...settings }: TenantSettingsView): TenantSettings => settings;
const load = () => call(consoleApi.settings.$get);
const save = (settings: TenantSettings) => call(consoleApi.settings.$put, { json: settings });

export default function SettingsPage() {
  const { t } = useTranslation('console');
  const { form, answer, set, errors, submit, show, action } = useSettingsForm({ load, save, schema: TenantSettingsSchema, formOf: settingsOf, savedMessage: t('settings.saved') });
  // Saved apart from the form as soon as a file is chosen: the form's own save leaves it as it is.
  const [uploadedLogo, setUploadedLogo] = useState<string | null | undefined>(undefined);
  if (!form) return <ActionStatus state={action} />;
  const pending = answer?.pendingDomains ?? [];
  const logoUrl = uploadedLogo === undefined ? (answer?.logoUrl ?? null) : uploadedLogo;

  return (
    <div className="console-settings">
      <form className="console-form" onSubmit={submit} noValidate aria-label={t('sections.settings')}>
        <fieldset>
          <legend>{t('settings.identity')}</legend>
          <Field label={t('settings.name')} errors={errors('name')}>
            <input value={form.name} onChange={(e) => set({ name: e.target.value })} />
          </Field>
          <MainTownField value={form.mainTown} communes={form.territory.communes} errors={errors('mainTown')} onChange={(mainTown) => set({ mainTown })} />
          <LogoField logoUrl={logoUrl} onChange={setUploadedLogo} />
          <ColourFields colours={form.colours} errors={errors} onChange={(colours) => set({ colours })} />
        </fieldset>
        <fieldset>
          <legend>{t('settings.addresses')}</legend>
          <Field label={t('settings.domains')} hint={t('settings.onePerLine')} errors={errors('domains') ?? errors('domains.0')}>
            <textarea rows={2} value={lines(form.domains)} onChange={(e) => set({ domains: fromLines(e.target.value) })} />
          </Field>
          <PendingDomains pending={pending} onVerified={show} />
          <Field label={t('settings.embedOrigins')} hint={t('settings.embedOriginsHint')} errors={errors('embedOrigins') ?? errors('embedOrigins.0')}>
            <textarea rows={2} value={lines(form.embedOrigins)} onChange={(e) => set({ embedOrigins: fromLines(e.target.value) })} />
          </Field>
        </fieldset>
        <TerritoryFields territory={form.territory} errors={errors} onChange={(territory) => set({ territory })} />
        <fieldset>
          <legend>{t('settings.behaviour')}</legend>
          <Field label={t('settings.timezone')} hint={t('settings.timezoneHint')} errors={errors('timezone')}>
            <input value={form.timezone} onChange={(e) => set({ timezone: e.target.value.trim() })} />
          </Field>
          <fieldset>
            <legend>{t('settings.languages')}</legend>
            {LANGUAGES.map((language) => (
              <label key={language} className="console-check">
                <input
                  type="checkbox"
                  checked={form.languages.includes(language)}
                  onChange={(e) => set({ languages: e.target.checked ? [...form.languages, language] : form.languages.filter((l) => l !== language) })}
                />
                {t(`settings.language.${language}`)}
              </label>
            ))}
            {errors('languages') ? <p className="console-error">{errors('languages')?.join(' ')}</p> : null}
          </fieldset>
          <Field label={t('settings.defaultLanguage')} errors={errors('defaultLanguage')}>
            <select value={form.defaultLanguage} onChange={(e) => set({ defaultLanguage: e.target.value as TenantSettings['defaultLanguage'] })}>
              {LANGUAGES.map((language) => <option key={language} value={language}>{t(`settings.language.${language}`)}</option>)}
            </select>
          </Field>
          <Field label={t('settings.moderationMode')} errors={errors('moderationMode')}>
            <select value={form.moderationMode} onChange={(e) => set({ moderationMode: e.target.value as TenantSettings['moderationMode'] })}>
              {MODERATION_MODES.map((mode) => <option key={mode} value={mode}>{t(`settings.modes.${mode}`)}</option>)}
            </select>
          </Field>
          <Field label={t('settings.staleAfterDays')} errors={errors('staleAfterDays')}>
            <input type="number" min={1} max={365} value={form.staleAfterDays} onChange={(e) => set({ staleAfterDays: Number(e.target.value) })} />
          </Field>
          <Field label={t('settings.closesSoonMinutes')} errors={errors('closesSoonMinutes')}>
            <input type="number" min={0} max={CLOSES_SOON_MINUTES_MAX} value={form.closesSoonMinutes} onChange={(e) => set({ closesSoonMinutes: Number(e.target.value) })} />
          </Field>
        </fieldset>
        <TileSourceFields settings={form} errors={errors} onChange={set} />
        {/* Kept at the bottom of the screen: the button and what saving said stay in view on a long form. */}
        <div className="console-savebar">
          <button type="submit" disabled={action.busy}>{t('common.save')}</button>
          <ActionStatus state={action} />
        </div>
      </form>
      <SettingsPreview settings={form} logoUrl={logoUrl} />
      <AccessibilityForm />
    </div>
  );
}
