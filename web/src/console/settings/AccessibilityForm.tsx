import { useTranslation } from 'react-i18next';
import { AccessibilitySettingsSchema, CONFORMITY_LEVELS, type AccessibilitySettings, type ConformityLevel } from '#schema/accessibility.ts';
import { STATEMENT_PATH } from '../../accessibility/statement-of.ts';
import { ActionStatus } from '../ActionStatus.tsx';
import { consoleApi } from '../console-api.ts';
import { call } from '../../api.ts';
import { Field } from '../Field.tsx';
import { useSettingsForm } from './use-settings-form.ts';

const orNull = (text: string) => text.trim() || null;
const asIs = (settings: AccessibilitySettings) => settings;
const load = () => call(consoleApi.accessibility.$get);
const save = (settings: AccessibilitySettings) => call(consoleApi.accessibility.$put, { json: settings });

/** The accessibility statement: its own form and save, apart from the instance settings. */
export function AccessibilityForm() {
  const { t } = useTranslation('console');
  const { form, set, errors, submit, action } = useSettingsForm({ load, save, schema: AccessibilitySettingsSchema, formOf: asIs, savedMessage: t('accessibility.saved') });
  if (!form) return <ActionStatus state={action} />;

  return (
    <form className="console-form console-accessibility" onSubmit={submit} noValidate aria-labelledby="accessibility-legend">
      <fieldset>
        <legend id="accessibility-legend">{t('accessibility.legend')}</legend>
        <p className="console-hint">{t('accessibility.hint')} <a href={STATEMENT_PATH}>{t('accessibility.view')}</a></p>
        <Field label={t('accessibility.level')} errors={errors('level')}>
          <select value={form.level} onChange={(e) => set({ level: e.target.value as ConformityLevel })}>
            {CONFORMITY_LEVELS.map((level) => <option key={level} value={level}>{t(`accessibility.levels.${level}`)}</option>)}
          </select>
        </Field>
        <Field label={t('accessibility.auditDate')} hint={t('accessibility.auditDateHint')} errors={errors('auditDate')}>
          <input type="date" value={form.auditDate ?? ''} onChange={(e) => set({ auditDate: orNull(e.target.value) })} />
        </Field>
        <Field label={t('accessibility.conformityRate')} errors={errors('conformityRate')}>
          <input
            type="number" min={0} max={100} value={form.conformityRate ?? ''}
            onChange={(e) => set({ conformityRate: e.target.value === '' ? null : Number(e.target.value) })}
          />
        </Field>
        <Field label={t('accessibility.contactEmail')} hint={t('accessibility.contactHint')} errors={errors('contactEmail')}>
          <input type="email" autoComplete="email" value={form.contactEmail ?? ''} onChange={(e) => set({ contactEmail: orNull(e.target.value) })} />
        </Field>
        <Field label={t('accessibility.contactUrl')} errors={errors('contactUrl')}>
          <input type="url" value={form.contactUrl ?? ''} onChange={(e) => set({ contactUrl: orNull(e.target.value) })} />
        </Field>
        <Field label={t('accessibility.planUrl')} errors={errors('planUrl')}>
          <input type="url" value={form.planUrl ?? ''} onChange={(e) => set({ planUrl: orNull(e.target.value) })} />
        </Field>
        <Field label={t('accessibility.nonConformities')} hint={t('accessibility.textHint')} errors={errors('nonConformities.fr')}>
          <textarea rows={4} value={form.nonConformities.fr} onChange={(e) => set({ nonConformities: { ...form.nonConformities, fr: e.target.value } })} />
        </Field>
        <Field label={t('accessibility.nonConformitiesEn')} errors={errors('nonConformities.en')}>
          <textarea rows={3} lang="en" value={form.nonConformities.en ?? ''} onChange={(e) => set({ nonConformities: { ...form.nonConformities, en: orNull(e.target.value) } })} />
        </Field>
        <Field label={t('accessibility.derogations')} hint={t('accessibility.textHint')} errors={errors('derogations.fr')}>
          <textarea rows={3} value={form.derogations.fr} onChange={(e) => set({ derogations: { ...form.derogations, fr: e.target.value } })} />
        </Field>
        <Field label={t('accessibility.derogationsEn')} errors={errors('derogations.en')}>
          <textarea rows={3} lang="en" value={form.derogations.en ?? ''} onChange={(e) => set({ derogations: { ...form.derogations, en: orNull(e.target.value) } })} />
        </Field>
      </fieldset>
      <button type="submit" disabled={action.busy}>{t('accessibility.save')}</button>
      <ActionStatus state={action} />
    </form>
  );
}
