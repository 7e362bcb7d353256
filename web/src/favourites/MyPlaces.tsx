import { useEffect } from 'react';
import type { ListingFeature } from '#schema/listing.ts';
import { useCrisisTranslation } from '../crisis/i18n.ts';
import { AlertForm } from './AlertForm.tsx';
import { useFavourites, type SavedPlace } from './favourites-store.ts';

type Props = { slug: string; features: ListingFeature[]; selectedId: string | null; onSelect: (id: string) => void };

function placeOf(feature: ListingFeature): SavedPlace {
  const p = feature.properties;
  return { id: p.id, name: p.name, status: p.status, commune: p.commune, seenAt: new Date().toISOString() };
}

/** The star of the open listing, the alert form once starred, and the "My places" list (offline too). */
export function MyPlaces({ slug, features, selectedId, onSelect }: Props) {
  const { t, ready } = useCrisisTranslation();
  const { places, toggle, refresh, isStarred } = useFavourites(slug);
  const selected = features.find((f) => f.id === selectedId) ?? null;

  useEffect(() => {
    refresh(features.filter((f) => isStarred(f.id)).map(placeOf));
    // Only new map answers refresh the saved copies; a star alone does not.
  }, [features]);

  if (!ready) return null;
  return (
    <section className="my-places" aria-labelledby="my-places-heading">
      {selected ? (
        <>
          <button type="button" className="star" aria-pressed={isStarred(selected.id)} onClick={() => toggle(placeOf(selected))}>
            {isStarred(selected.id) ? '★ ' : '☆ '}
            {t(isStarred(selected.id) ? 'places.unstar' : 'places.star', { name: selected.properties.name })}
          </button>
          {isStarred(selected.id) ? <AlertForm listingId={selected.id} name={selected.properties.name} /> : null}
        </>
      ) : null}
      <h2 id="my-places-heading">{t('places.title')}</h2>
      <p className="hint">{t('places.savedOnDevice')}</p>
      {places.length === 0 ? (
        <p>{t('places.empty')}</p>
      ) : (
        <ul>
          {places.map((place) => (
            <li key={place.id}>
              <button type="button" className="link" aria-label={t('places.open', { name: place.name })} onClick={() => onSelect(place.id)}>
                {place.name}
              </button>{' '}
              — {place.commune}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
