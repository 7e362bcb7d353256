import { useTranslation } from 'react-i18next';
import type { Filters } from '../view/filters.ts';
import { activeFilterLabels } from './filter-labels.ts';

type Props = { filters: Filters; timeZone: string; onClear: () => void };

/** An empty list under filters: which ones hide the businesses, and one press to show them all again. */
export function FilteredEmpty({ filters, timeZone, onClear }: Props) {
  const { t, i18n } = useTranslation();
  const labels = activeFilterLabels(filters, t, i18n.language, timeZone);
  return (
    <div className="filtered-empty">
      <p>{t('list.emptyFiltered')}</p>
      <p id="active-filters-heading">{t('list.activeFilters', { count: labels.length })}</p>
      <ul className="active-filters" aria-labelledby="active-filters-heading">
        {labels.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
      <p className="filtered-empty-actions">
        <button type="button" onClick={onClear}>
          {t('filters.clearAll')}
        </button>{' '}
        {t('list.emptyOrMove')}
      </p>
    </div>
  );
}
