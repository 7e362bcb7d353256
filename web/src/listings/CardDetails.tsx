import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicListing } from '#schema/listing.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { geoUri, webDirectionsUrl } from './directions.ts';
import { HoursSection } from './HoursSection.tsx';
import { intlLocale } from '#schema/intl-locale.ts';

/** Only listings imported from OpenStreetMap and not yet claimed show it: outside the map page's first load. */
const OsmOrigin = lazy(() => import('./OsmOrigin.tsx').then((module) => ({ default: module.OsmOrigin })));

/** The card's facts, as a description list: each term is read before its value. */
export function CardDetails({ listing, tenant, at }: { listing: PublicListing; tenant: PublicTenant; at: Date }) {
  const { t, i18n } = useTranslation();
  const confirmed = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'long' }).format(new Date(listing.lastConfirmedAt));
  return (
    <>
      <HoursSection listing={listing} tenant={tenant} at={at} />
      <dl>
        <dt>{t('card.address')}</dt>
        <dd>
          {listing.address}, {listing.postcode} {listing.commune}
          <span className="directions">
            <a href={webDirectionsUrl(listing)} rel="noopener noreferrer" target="_blank">
              {t('card.directionsWeb')}
            </a>{' '}
            · <a href={geoUri(listing)}>{t('card.directionsApp')}</a>
          </span>
        </dd>
        {listing.services.length > 0 ? (
          <>
            <dt>{t('card.services')}</dt>
            <dd>
              <ul className="service-list">
                {listing.services.map((service) => (
                  <li key={service}>{t(`service.${service}`)}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {listing.phone ? (
          <>
            <dt>{t('card.phone')}</dt>
            <dd>
              <a href={`tel:${listing.phone.replace(/\s+/g, '')}`}>{listing.phone}</a>
            </dd>
          </>
        ) : null}
        {listing.website ? (
          <>
            <dt>{t('card.website')}</dt>
            <dd>
              <a href={listing.website} rel="noopener noreferrer" target="_blank">
                {listing.website.replace(/^https?:\/\//, '')}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="confirmed">{t('card.confirmed', { date: confirmed })}</p>
      {listing.osm && !listing.osm.claimed ? (
        <Suspense fallback={null}>
          <OsmOrigin listing={listing} />
        </Suspense>
      ) : null}
    </>
  );
}
