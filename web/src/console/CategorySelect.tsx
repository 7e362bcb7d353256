import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '#schema/categories.ts';
import { Field } from './Field.tsx';
import { useLabels } from './labels.ts';

/** A category filter: every category by its public name, or all of them. */
export function CategorySelect({ value, onChange }: { value: string; onChange: (category: string) => void }) {
  const { t } = useTranslation('console');
  const label = useLabels();
  return (
    <Field label={t('moderation.category')}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('common.all')}</option>
        {CATEGORIES.map((category) => <option key={category} value={category}>{label.category(category)}</option>)}
      </select>
    </Field>
  );
}
