import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeFilterCount } from '../view/filters.ts';
import { whenIdle } from '../when-idle.ts';
import type { FilterChoicesProps } from './FilterChoices.tsx';

const loadChoices = () => import('./FilterChoices.tsx');
const FilterChoices = lazy(loadChoices);

/**
 * Native disclosure and fieldsets: keyboard and screen readers get them right without scripting.
 * The panel's contents stay out of the map page's first load; they are fetched once the page is
 * idle, so they are there by the time a resident opens the panel.
 */
export function FilterPanel({ filters, timeZone, onChange }: FilterChoicesProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    whenIdle(() => void loadChoices(), 1000);
  }, []);
  const count = activeFilterCount(filters);
  return (
    <details className="filter-panel" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{count ? t('filters.titleActive', { count }) : t('filters.title')}</summary>
      {opened ? (
        <Suspense fallback={<p className="filter-body">{t('app.loading')}</p>}>
          <FilterChoices filters={filters} timeZone={timeZone} onChange={onChange} />
        </Suspense>
      ) : null}
    </details>
  );
}
