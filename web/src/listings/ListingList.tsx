import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListingFeature } from '#schema/listing.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { distanceMetres } from './distance.ts';

type Props = {
  features: ListingFeature[];
  centre: { lat: number; lng: number };
  loading: boolean;
  error: string | null;
  onSelect: (id: string) => void;
};

/** The accessible equivalent of the map: the same listings, nearest first. */
export function ListingList({ features, centre, loading, error, onSelect }: Props) {
  const { t } = useTranslation();
  const sorted = useMemo(
    () =>
      features
        .map((feature) => ({ feature, distance: distanceMetres(centre, { lat: feature.geometry.coordinates[1], lng: feature.geometry.coordinates[0] }) }))
        .sort((a, b) => a.distance - b.distance),
    [features, centre],
  );

  return (
    <div className="listing-list" aria-busy={loading}>
      <h2 id="listing-list-heading">{t('list.heading')}</h2>
      {error ? <p role="alert">{t('app.loadError', { message: error })}</p> : null}
      <p role="status" className="list-count">
        {t('list.count', { count: sorted.length })}
      </p>
      {sorted.length === 0 && !loading ? <p>{t('list.empty')}</p> : null}
      <ul>
        {sorted.map(({ feature }) => (
          <li key={feature.id} data-listing-id={feature.id}>
            <button type="button" className="listing-item" onClick={() => onSelect(feature.id)} aria-label={t('list.open', { name: feature.properties.name })}>
              <span className="listing-name">{feature.properties.name}</span>
              <span className="listing-meta">
                {t(`category.${feature.properties.category}`)} · {feature.properties.commune}
              </span>
              <StatusBadge status={feature.properties.status} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
