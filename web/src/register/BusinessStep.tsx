import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '#schema/categories.ts';
import { FieldError, TextField } from './fields.tsx';
import { useRegisterTranslation } from './i18n.ts';
import { SiretDirectory } from './SiretDirectory.tsx';
import type { StepProps } from './step-props.ts';

export function BusinessStep({ values, set, errors, tenant }: StepProps) {
  const { t } = useRegisterTranslation();
  const { t: common } = useTranslation();
  return (
    <>
      <TextField id="name" label={t('business.name')} autoComplete="organization" required value={values.name} onChange={(name) => set({ name })} errors={errors.name} />
      <TextField
        id="siret"
        label={t('business.siret')}
        hint={t('business.siretHint')}
        inputMode="numeric"
        required
        value={values.siret}
        onChange={(siret) => set({ siret })}
        errors={errors.siret}
      />
      <SiretDirectory values={values} set={set} tenant={tenant} />
      <div className="field">
        <label htmlFor="category">{t('business.category')}</label>
        <select
          id="category"
          required
          value={values.category}
          onChange={(event) => set({ category: event.target.value })}
          aria-invalid={errors.category ? true : undefined}
          aria-describedby={errors.category ? 'category-error' : undefined}
        >
          <option value="">{t('business.categoryPick')}</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {common(`category.${category}`)}
            </option>
          ))}
        </select>
        <FieldError id="category-error" errors={errors.category} />
      </div>
    </>
  );
}
