import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetsOpenFilter } from '#schema/hours/open-status.ts';
import type { ListingFeature } from '#schema/listing.ts';
import { activeFilterCount, type Filters } from '../view/filters.ts';
import { StatusBadge } from './StatusBadge.tsx';
import type { StatusOf } from './use-status.ts';
import { distanceMetres } from './distance.ts';
import { formatDistance } from './format-distance.ts';

type Props = {
  features: ListingFeature[];
  centre: { lat: number; lng: number };
  /** Where distances are measured from, when it is not simply the map's centre. */
  originLabel?: string | null;
  loading: boolean;
  error: string | null;
  onSelect: (id: string) => void;
  /** Each listing's status at the instant shown ("Fermé · ouvre à 11:30"), as the markers and the card say it. */
  statusOf: StatusOf;
  /** What the resident filtered by: an empty list names them and offers to clear them. */
  filters: Filters;
  timeZone: string;
  onClearFilters: () => void;
};

// Only an empty list under filters needs it: kept out of the map page's first load, which has a budget.
const FilteredEmpty = lazy(() => import('../filters/FilteredEmpty.tsx').then((module) => ({ default: module.FilteredEmpty })));

/** A page of the list: enough to scroll through, few enough to stay quick with thousands on the map. */
export const LIST_PAGE_SIZE = 100;

export type ListOrder = 'nearest' | 'open_first';
const ORDERS: readonly ListOrder[] = ['nearest', 'open_first'];

/** The accessible equivalent of the map: the same listings, nearest first, or those open now first. */
export function ListingList({ features, centre, originLabel = null, loading, error, onSelect, statusOf, filters, timeZone, onClearFilters }: Props) {
  const { t, i18n } = useTranslation();
  const [order, setOrder] = useState<ListOrder>('nearest');
  const sorted = useMemo(
    () =>
      features
        .map((feature) => ({
          feature,
          // First come the places the "open now" filter would keep, to be confirmed or not.
          open: order === 'open_first' && meetsOpenFilter(statusOf(feature)),
          distance: distanceMetres(centre, { lat: feature.geometry.coordinates[1], lng: feature.geometry.coordinates[0] }),
        }))
        .sort((a, b) => Number(b.open) - Number(a.open) || a.distance - b.distance),
    [features, centre, order, statusOf],
  );
  const [shown, setShown] = useState(LIST_PAGE_SIZE);
  useEffect(() => setShown(LIST_PAGE_SIZE), [features]);

  return (
    <div className="listing-list" aria-busy={loading}>
      <h2 id="listing-list-heading" tabIndex={-1}>{t('list.heading')}</h2>
      <fieldset className="list-sort">
        <legend>{t('list.sort')}</legend>
        {ORDERS.map((value) => (
          <label key={value}>
            <input type="radio" name="list-sort" value={value} checked={order === value} onChange={() => setOrder(value)} /> {t(`list.sortBy.${value}`)}
          </label>
        ))}
      </fieldset>
      <p className="list-order">
        {order === 'open_first' ? `${t('list.openFirst')} ` : ''}
        {originLabel ? t('list.orderFrom', { place: originLabel }) : t('list.order')}
      </p>
      {error ? <p role="alert">{t('app.loadError', { message: error })}</p> : null}
      <p role="status" className="list-count">
        {t('list.count', { count: sorted.length })}
      </p>
      {sorted.length === 0 && !loading ? (
        activeFilterCount(filters) > 0 ? (
          <Suspense fallback={<p>{t('list.empty')}</p>}>
            <FilteredEmpty filters={filters} timeZone={timeZone} onClear={onClearFilters} />
          </Suspense>
        ) : (
          <p>{t('list.empty')}</p>
        )
      ) : null}
      <ul>
        {sorted.slice(0, shown).map(({ feature, distance }) => (
          <li key={feature.id} data-listing-id={feature.id}>
            <button
              type="button"
              className="listing-item"
              onClick={() => onSelect(feature.id)}
            >
              <span className="listing-name">{feature.properties.name}</span>
              <span className="listing-meta">
                {t(`category.${feature.properties.category}`)} · {feature.properties.commune} · {formatDistance(distance, i18n.language)} ·{' '}
                <StatusBadge status={statusOf(feature)} />
              </span>
            </button>
          </li>
        ))}
      </ul>
      {sorted.length > shown ? (
        <button type="button" className="list-more" onClick={() => setShown((n) => n + LIST_PAGE_SIZE)}>
          {t('list.more', { count: Math.min(LIST_PAGE_SIZE, sorted.length - shown) })}
        </button>
      ) : null}
    </div>
  );
}
