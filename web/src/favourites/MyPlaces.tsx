import { lazy, Suspense, useEffect } from 'react';
import { hoursInputOf } from '#schema/hours/index.ts';
import type { OpenStatus } from '#schema/hours/open-status.ts';
import type { ListingFeature, PublicListing } from '#schema/listing.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { useCrisisTranslation } from '../crisis/i18n.ts';
import { featureInput, hoursStatus } from '../listings/hours.ts';
import { StatusBadge } from '../listings/StatusBadge.tsx';
import type { StatusOf } from '../listings/use-status.ts';
import { useFavourites, type SavedPlace } from './favourites-store.ts';

// The alert form (e-mail and push subscription) is loaded once a place is starred: most visits never need it.
const AlertForm = lazy(() => import('./AlertForm.tsx').then((module) => ({ default: module.AlertForm })));

/**
 * `opened` is the card's listing: a place the filters hide from the map can be starred from its card.
 * `statusOf` gives a place on the map its status at the instant shown (`at`), as the list says it.
 */
type Props = { tenant: PublicTenant; at: Date; features: ListingFeature[]; opened: PublicListing | null; selectedId: string | null; statusOf: StatusOf; onSelect: (id: string) => void };

function placeOfFeature(feature: ListingFeature): SavedPlace {
  const p = feature.properties;
  // A feature without its hours (an older answer) saves none rather than hours it never said.
  const hours = p.opening_hours === undefined || p.last_confirmed_at === undefined ? {} : { hours: featureInput(feature) };
  return { id: p.id, name: p.name, status: p.status, commune: p.commune, seenAt: new Date().toISOString(), ...hours };
}

function placeOfCard(listing: PublicListing): SavedPlace {
  return { id: listing.id, name: listing.name, status: listing.status, commune: listing.commune, seenAt: new Date().toISOString(), hours: hoursInputOf(listing) };
}

/** The star of the open listing, the alert form once starred, and the "My places" list (offline too). */
export function MyPlaces({ tenant, at, features, opened, selectedId, statusOf, onSelect }: Props) {
  const { t, ready } = useCrisisTranslation();
  const { places, toggle, refresh, isStarred } = useFavourites(tenant.slug);
  const feature = features.find((f) => f.id === selectedId);
  const selected = opened && opened.id === selectedId ? placeOfCard(opened) : feature ? placeOfFeature(feature) : null;
  // On the map, as the list says it; elsewhere, from the hours saved with the place.
  const statusOfPlace = (place: SavedPlace): OpenStatus | null => {
    const onMap = features.find((f) => f.id === place.id);
    if (onMap) return statusOf(onMap);
    return place.hours ? hoursStatus(place.hours, tenant, at) : null;
  };

  useEffect(() => {
    refresh(features.filter((f) => isStarred(f.id)).map(placeOfFeature));
    // Only new map answers refresh the saved copies; a star alone does not.
  }, [features]);

  if (!ready) return null;
  return (
    <section className="my-places" aria-labelledby="my-places-heading">
      {selected ? (
        <>
          <button type="button" className="star" aria-pressed={isStarred(selected.id)} onClick={() => toggle(selected)}>
            {isStarred(selected.id) ? '★ ' : '☆ '}
            {t(isStarred(selected.id) ? 'places.unstar' : 'places.star', { name: selected.name })}
          </button>
          {isStarred(selected.id) ? (
            <Suspense fallback={null}>
              <AlertForm listingId={selected.id} name={selected.name} />
            </Suspense>
          ) : null}
        </>
      ) : null}
      <h2 id="my-places-heading">{t('places.title')}</h2>
      <p className="hint">{t('places.savedOnDevice')}</p>
      {places.length === 0 ? (
        <p>{t('places.empty')}</p>
      ) : (
        <ul>
          {places.map((place) => {
            const status = statusOfPlace(place);
            return (
              <li key={place.id}>
                <button type="button" className="link" aria-label={t('places.open', { name: place.name })} onClick={() => onSelect(place.id)}>
                  {place.name}
                </button>{' '}
                — {place.commune}
                {status ? (
                  <>
                    {' · '}
                    <StatusBadge status={status} />
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
