import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bbox } from '#schema/bbox.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { ListingCard } from './listings/ListingCard.tsx';
import { ListingList } from './listings/ListingList.tsx';
import { useListingsInBox } from './listings/use-listings.ts';
import { MapView } from './map/MapView.tsx';

export function TenantPage({ tenant }: { tenant: PublicTenant }) {
  const { t } = useTranslation();
  const [box, setBox] = useState<Bbox>(tenant.map.bounds);
  const [centre, setCentre] = useState(tenant.map.centre);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const listings = useListingsInBox(box);

  useEffect(() => {
    document.title = tenant.name;
  }, [tenant.name]);

  const brand = useMemo(
    () => ({ '--brand': tenant.colours.primary, '--on-brand': tenant.colours.onPrimary }) as CSSProperties,
    [tenant.colours],
  );

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
      <main className="layout">
        <section className="map-pane" aria-label={t('map.label', { tenant: tenant.name })}>
          <MapView
            tenant={tenant}
            features={listings.features}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onViewChange={(nextBox, nextCentre) => {
              setBox(nextBox);
              setCentre(nextCentre);
            }}
          />
          {listings.truncated ? <p className="notice" role="status">{t('map.truncated')}</p> : null}
        </section>
        <section className="list-pane" id="listing-list" tabIndex={-1} aria-labelledby="listing-list-heading">
          {selectedId ? (
            <ListingCard id={selectedId} onClose={() => setSelectedId(null)} />
          ) : null}
          <ListingList features={listings.features} centre={centre} loading={listings.loading} error={listings.error} onSelect={setSelectedId} />
        </section>
      </main>
    </div>
  );
}
