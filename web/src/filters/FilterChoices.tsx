import { useTranslation } from 'react-i18next';
import { CATEGORIES, SERVICES } from '#schema/categories.ts';
import { activeFilterCount, type Filters } from '../view/filters.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { OpenWhen } from './OpenWhen.tsx';

export type FilterChoicesProps = { filters: Filters; timeZone: string; onChange: (filters: Filters) => void };

/** What the filter panel holds once opened: categories, services, when open, and clearing them. */
export default function FilterChoices({ filters, timeZone, onChange }: FilterChoicesProps) {
  const { t } = useTranslation();
  return (
    <div className="filter-body">
      <ChoiceGroup
        legend={t('filters.categories')}
        options={CATEGORIES}
        chosen={filters.categories}
        label={(category) => t(`category.${category}`)}
        onChange={(categories) => onChange({ ...filters, categories })}
      />
      <ChoiceGroup
        legend={t('filters.services')}
        options={SERVICES}
        chosen={filters.services}
        label={(service) => t(`service.${service}`)}
        onChange={(services) => onChange({ ...filters, services })}
      />
      <OpenWhen filters={filters} timeZone={timeZone} onChange={onChange} />
      {activeFilterCount(filters) ? (
        <button type="button" onClick={() => onChange({ ...filters, categories: [], services: [], open: 'any', at: null })}>
          {t('filters.clear')}
        </button>
      ) : null}
    </div>
  );
}
