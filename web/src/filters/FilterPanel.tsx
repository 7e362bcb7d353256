import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, SERVICES } from '#schema/categories.ts';
import { activeFilterCount, toggle, type Filters } from '../view/filters.ts';
import { OpenWhen } from './OpenWhen.tsx';

type Props = { filters: Filters; timeZone: string; onChange: (filters: Filters) => void };

/** Native disclosure and fieldsets: keyboard and screen readers get them right without scripting. */
export function FilterPanel({ filters, timeZone, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const count = activeFilterCount(filters);
  return (
    <details className="filter-panel">
      <summary>{count ? t('filters.titleActive', { count }) : t('filters.title')}</summary>
      <div className="filter-body">
        <fieldset>
          <legend>{t('filters.categories')}</legend>
          <div className="choice-grid">
            {CATEGORIES.map((category) => (
              <label key={category}>
                <input
                  type="checkbox"
                  name={`${id}-category`}
                  checked={filters.categories.includes(category)}
                  onChange={() => onChange({ ...filters, categories: toggle(filters.categories, category) })}
                />
                {t(`category.${category}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('filters.services')}</legend>
          <div className="choice-grid">
            {SERVICES.map((service) => (
              <label key={service}>
                <input
                  type="checkbox"
                  name={`${id}-service`}
                  checked={filters.services.includes(service)}
                  onChange={() => onChange({ ...filters, services: toggle(filters.services, service) })}
                />
                {t(`service.${service}`)}
              </label>
            ))}
          </div>
        </fieldset>
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
