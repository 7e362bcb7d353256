import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicListing } from '#schema/listing.ts';
import { api, readJson } from '../api.ts';
import { StatusBadge } from './StatusBadge.tsx';

type CardState = { state: 'loading' } | { state: 'ready'; listing: PublicListing } | { state: 'error'; message: string };

export function ListingCard({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [card, setCard] = useState<CardState>({ state: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    setCard({ state: 'loading' });
    api.api.v1.listings[':id']
      .$get({ param: { id } })
      .then((response) => readJson<PublicListing>(response))
      .then((listing) => current && setCard({ state: 'ready', listing }))
      .catch((error: unknown) => current && setCard({ state: 'error', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      current = false;
    };
  }, [id]);

  // Moving focus to the card tells keyboard and screen-reader users where the details are.
  useEffect(() => {
    if (card.state === 'ready') heading.current?.focus();
  }, [card.state]);

  if (card.state === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (card.state === 'error') return <p role="alert">{card.message}</p>;
  const { listing } = card;
  const confirmed = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(listing.lastConfirmedAt));

  return (
    <article className="listing-card" aria-labelledby="listing-card-title">
      <h2 id="listing-card-title" ref={heading} tabIndex={-1}>
        {listing.name}
      </h2>
      <p>
        {t(`category.${listing.category}`)} · <StatusBadge status={listing.status} />
      </p>
      <dl>
        <dt>{t('card.address')}</dt>
        <dd>
          {listing.address}, {listing.postcode} {listing.commune}
        </dd>
        {listing.openingHours ? (
          <>
            <dt>{t('card.hours')}</dt>
            <dd className="opening-hours">{listing.openingHours}</dd>
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
                {listing.website}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="confirmed">{t('card.confirmed', { date: confirmed })}</p>
      <button type="button" onClick={onClose}>
        {t('card.close')}
      </button>
    </article>
  );
}
