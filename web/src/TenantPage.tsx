import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { meetsOpenFilter } from '#schema/hours/open-status.ts';
import type { PublicListing } from '#schema/listing.ts';
import type { HeldTenant } from '#schema/tenant-answer.ts';
import { keepCommunesForOffline } from './communes/keep-offline.ts';
import { useCrisisDefaults } from './crisis/use-crisis-defaults.ts';
import { ZoneList } from './listings/ZoneList.tsx';
import { FilterPanel } from './filters/FilterPanel.tsx';
import { SearchBox } from './filters/SearchBox.tsx';
import { tenantGeocoder, ZOOM_FOR, type Place } from './geocoding/index.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { ListingList } from './listings/ListingList.tsx';
import { useListings } from './listings/use-listings.ts';
import { useInstant, useStatusOf } from './listings/use-status.ts';
import type { MapTarget } from './map/MapMover.tsx';
import { MapLegend } from './map/MapLegend.tsx';
import { MapView, type MapViewport } from './map/MapView.tsx';
import { OfflineBanner } from './offline/OfflineBanner.tsx';
import { UpdatePrompt } from './pwa/UpdatePrompt.tsx';
import { NO_FILTERS } from './view/filters.ts';
import type { ViewState } from './view/view-state.ts';
import { useFocusReturn } from './view/use-focus-return.ts';
import { ShopkeeperLinks } from './ShopkeeperLinks.tsx';
import { useViewState } from './view/use-view-state.ts';
import { LocateButton } from './where/LocateButton.tsx';
import { PlaceSearch } from './where/PlaceSearch.tsx';

// The card is not needed to draw the map: it loads on first use, keeping the first load light.
const ListingCard = lazy(() => import('./listings/ListingCard.tsx'));
// Starred places come a moment after the map: kept out of the first load, which has a budget.
const MyPlaces = lazy(() => import('./favourites/MyPlaces.tsx').then((module) => ({ default: module.MyPlaces })));
// Only a tenant in crisis mode shows the banner: other visits never load it.
const CrisisBanner = lazy(() => import('./crisis/CrisisBanner.tsx').then((module) => ({ default: module.CrisisBanner })));
const CrisisFilterChips = lazy(() => import('./crisis/CrisisFilterChips.tsx').then((module) => ({ default: module.CrisisFilterChips })));

type Origin = { lat: number; lng: number; label: string | null };

export function TenantPage({ tenant, offlineSince }: { tenant: HeldTenant; offlineSince: string | null }) {
  const { t, i18n } = useTranslation();
  const [target, setTarget] = useState<MapTarget | null>(null);
  const moves = useRef(0);
  const moveTo = useCallback((lat: number, lng: number, zoom: number) => setTarget({ lat, lng, zoom, key: ++moves.current }), []);
  const [view, updateView] = useViewState((restored: ViewState) => {
    if (restored.position) moveTo(restored.position.lat, restored.position.lng, restored.position.zoom);
  });
  const [viewport, setViewport] = useState<MapViewport | null>(null);
  const [origin, setOrigin] = useState<Origin | null>(null);
  const [opened, setOpened] = useState<PublicListing | null>(null);
  const instant = useInstant(view.filters.open === 'at' ? view.filters.at : null);
  const statusOf = useStatusOf(tenant, instant);
  const listings = useListings(tenant.slug, viewport?.box ?? null, view.filters, instant);
  // The "open" filter keeps what the page itself says is open at the instant shown, offline too.
  const shown = useMemo(
    () => (view.filters.open === 'any' ? listings.features : listings.features.filter((feature) => meetsOpenFilter(statusOf(feature)))),
    [listings.features, view.filters.open, statusOf],
  );
  const geocoder = useMemo(() => tenantGeocoder(tenant), [tenant]);
  // The saved offline copy of the tenant may predate crisis mode: no crisis then.
  const crisis = tenant.crisis ?? null;
  const crisisFilters = useCrisisDefaults(crisis, view.filters, useCallback((filters) => updateView({ filters }), [updateView]));

  // An open card is a screen of its own: its title names the business (RGAA 8.6).
  const cardName = view.listingId !== null && opened?.id === view.listingId ? opened.name : null;
  useEffect(() => {
    document.title = cardName ? `${cardName} — ${tenant.name}` : tenant.name;
  }, [cardName, tenant.name]);
  useEffect(() => keepCommunesForOffline(tenant), [tenant]);

  const brand = useMemo(
    () => ({ '--brand': tenant.colours.primary, '--on-brand': tenant.colours.onPrimary }) as CSSProperties,
    [tenant.colours],
  );
  const onViewChange = useCallback(
    (next: MapViewport) => {
      setViewport(next);
      updateView({ position: { lat: next.position.lat, lng: next.position.lng, zoom: next.position.zoom } });
    },
    [updateView],
  );
  const select = useCallback((id: string | null) => updateView({ listingId: id }), [updateView]);
  useFocusReturn(view.listingId);
  const clearFilters = useCallback(() => {
    updateView({ filters: NO_FILTERS });
    // The button goes with the empty list: the list's heading takes the focus, not the page.
    document.getElementById('listing-list-heading')?.focus();
  }, [updateView]);
  const pickPlace = (place: Place) => {
    setOrigin({ lat: place.lat, lng: place.lng, label: place.label });
    moveTo(place.lat, place.lng, ZOOM_FOR[place.kind]);
  };
  const locateMe = useCallback(
    (position: { lat: number; lng: number }) => {
      setOrigin({ ...position, label: null });
      moveTo(position.lat, position.lng, 15);
    },
    [moveTo],
  );
  // A link to one listing and no map position: the card, once read, tells where to look.
  const centreOnFirstCard = useRef(view.listingId !== null && view.position === null);
  const centreOnListing = useCallback(
    (listing: { lat: number; lng: number }) => {
      if (!centreOnFirstCard.current) return;
      centreOnFirstCard.current = false;
      moveTo(listing.lat, listing.lng, 16);
    },
    [moveTo],
  );

  const distanceFrom = origin ?? viewport?.position ?? tenant.map.centre;
  const offline = listings.offlineSince ?? offlineSince;

  return (
    <div className="page" style={brand}>
      <a className="skip-link" href="#listing-list">
        {t('app.skipToList')}
      </a>
      <header className="masthead">
        {tenant.logoUrl ? <img className="masthead-logo" src={tenant.logoUrl} alt="" /> : null}
        <h1>{tenant.name}</h1>
        <LanguageSwitcher />
      </header>
      {offline ? <OfflineBanner since={offline} tilesKept={tenant.map.tiles.offlineBytes > 0} /> : null}
      {crisis ? (
        <Suspense fallback={null}>
          <CrisisBanner slug={tenant.slug} crisis={crisis} />
        </Suspense>
      ) : null}
      <UpdatePrompt />
      <main className="layout">
        <section className="controls" aria-label={t('controls.label')}>
          <PlaceSearch geocoder={geocoder} town={tenant.mainTown ?? ''} onPick={pickPlace} />
          <LocateButton onLocated={locateMe} />
          <SearchBox value={view.filters.q} onSearch={(q) => updateView({ filters: { ...view.filters, q } })} />
          <FilterPanel filters={view.filters} timeZone={tenant.timezone} onChange={(filters) => updateView({ filters })} />
          {crisisFilters.length > 0 ? (
            <Suspense fallback={null}>
              <CrisisFilterChips
                applied={crisisFilters}
                active={view.filters.services}
                onRemove={(service) => updateView({ filters: { ...view.filters, services: view.filters.services.filter((s) => s !== service) } })}
              />
            </Suspense>
          ) : null}
        </section>
        <section className="map-pane" aria-label={t('map.label', { tenant: tenant.name })}>
          <MapView
            tenant={tenant}
            initial={view.position}
            features={shown}
            cells={listings.clusters}
            selectedId={view.listingId}
            statusOf={statusOf}
            origin={origin}
            target={target}
            onSelect={select}
            onViewChange={onViewChange}
          />
          <MapLegend />
          {listings.truncated || listings.clusters.length > 0 ? (
            <p className="notice" role="status">
              {t('map.truncated')}
            </p>
          ) : null}
        </section>
        <section className="list-pane" id="listing-list" tabIndex={-1} aria-labelledby="listing-list-heading">
          {view.listingId ? (
            <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
              <ListingCard key={view.listingId} id={view.listingId} tenant={tenant} at={instant} onClose={() => select(null)} onLoaded={(listing) => { setOpened(listing); centreOnListing(listing); }} />
            </Suspense>
          ) : null}
          <Suspense fallback={null}>
            <MyPlaces tenant={tenant} at={instant} features={listings.features} opened={opened} selectedId={view.listingId} statusOf={statusOf} onSelect={select} />
          </Suspense>
          {listings.clusters.length > 0 ? (
            <ZoneList zones={listings.clusters} centre={distanceFrom} onZoom={moveTo} />
          ) : (
            <ListingList
              features={shown}
              centre={distanceFrom}
              originLabel={origin ? (origin.label ?? t('where.yourPosition')) : null}
              loading={listings.loading}
              error={listings.error}
              onSelect={select}
              statusOf={statusOf}
              filters={view.filters}
              timeZone={tenant.timezone}
              onClearFilters={clearFilters}
            />
          )}
          <ShopkeeperLinks />
        </section>
      </main>
    </div>
  );
}
