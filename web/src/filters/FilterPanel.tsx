import { useTranslation } from 'react-i18next';
import { CATEGORIES, SERVICES } from '#schema/categories.ts';
import { activeFilterCount, type Filters } from '../view/filters.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { OpenWhen } from './OpenWhen.tsx';

type Props = { filters: Filters; timeZone: string; onChange: (filters: Filters) => void };

/** Native disclosure and fieldsets: keyboard and screen readers get them right without scripting. */
export function FilterPanel({ filters, timeZone, onChange }: Props) {
  const { t } = useTranslation();
  const count = activeFilterCount(filters);
  return (
    <details className="filter-panel">
      <summary>{count ? t('filters.titleActive', { count }) : t('filters.title')}</summary>
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
        {count ? (
          <button type="button" onClick={() => onChange({ ...filters, categories: [], services: [], open: 'any', at: null })}>
            {t('filters.clear')}
          </button>
        ) : null}
      </div>
    </details>
  );
}
