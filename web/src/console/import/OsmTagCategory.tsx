import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category } from '#schema/categories.ts';
import { useLabels } from '../labels.ts';

/** Puts an OSM tag none of the tenant's categories covers into one, for this import and the next ones. */
export function OsmTagCategory({ tag, count, busy, onChoose }: { tag: string; count: number; busy: boolean; onChoose: (category: Category) => void }) {
  const { t } = useTranslation('console');
  const label = useLabels();
  const id = useId();
  return (
    <li>
      <label htmlFor={id}>{t('osmImport.classify', { tag, count })}</label>{' '}
      <select id={id} value="" disabled={busy} onChange={(e) => e.target.value && onChoose(e.target.value as Category)} data-osm-tag={tag}>
        <option value="">{t('osmImport.leaveOut')}</option>
        {CATEGORIES.map((category) => <option key={category} value={category}>{label.category(category)}</option>)}
      </select>
    </li>
  );
}
