import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicListing } from '#schema/listing.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { api, call } from '../api.ts';
import { saveCard, savedCard } from '../offline/saved-data.ts';
import { CardDetails } from './CardDetails.tsx';
import { ReportForm } from './ReportForm.tsx';
import { cardStatus } from './hours.ts';
import { ShareButton } from './ShareButton.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { messageOf } from '#schema/errors.ts';

type CardState = { state: 'loading' } | { state: 'ready'; listing: PublicListing; savedAt: string | null } | { state: 'error'; message: string };

/** `at` is the instant the page speaks of (now, or the "open at" one), so the card says what the map says. */
type Props = { id: string; tenant: PublicTenant; at: Date; onClose: () => void; onLoaded: (listing: PublicListing) => void };

/** Reads the listing, or the copy saved when it was last opened if the network is gone. */
function useListing(slug: string, id: string): CardState {
  const [card, setCard] = useState<CardState>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    call(api.api.v1.listings[':id'].$get, { param: { id } })
      .then((listing) => {
        saveCard(slug, listing);
        if (current) setCard({ state: 'ready', listing, savedAt: null });
      })
      .catch((error: unknown) => {
        if (!current) return;
        const saved = error instanceof TypeError ? savedCard(slug, id) : null;
        setCard(saved ? { state: 'ready', listing: saved.value, savedAt: saved.savedAt } : { state: 'error', message: messageOf(error) });
      });
    return () => {
      current = false;
    };
  }, [slug, id]);
  return card;
}

/**
 * Focus alone scrolls the heading just into sight, so on a phone a card opened from a shared link
 * showed its title at the foot of the screen under the map: the card's top comes to the top.
 */
function bringIntoView(element: HTMLElement | null): void {
  if (!element) return;
  const { top } = element.getBoundingClientRect();
  if (top < 0 || top > window.innerHeight / 3) element.scrollIntoView({ block: 'start' });
}

export default function ListingCard({ id, tenant, at, onClose, onLoaded }: Props) {
  const { t } = useTranslation();
  const card = useListing(tenant.slug, id);
  const [reporting, setReporting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const article = useRef<HTMLElement>(null);

  // Moving focus to the card tells keyboard and screen-reader users where the details are.
  useEffect(() => {
    if (card.state !== 'ready') return;
    heading.current?.focus();
    bringIntoView(article.current);
    onLoaded(card.listing);
  }, [card.state]);

  if (card.state === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (card.state === 'error') return <p role="alert">{card.message}</p>;
  const { listing } = card;

  return (
    <article
      className="listing-card"
      aria-labelledby="listing-card-title"
      ref={article}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="listing-card-title" ref={heading} tabIndex={-1}>
        {listing.name}
      </h2>
      <p className="card-status">
        {t(`category.${listing.category}`)} · <StatusBadge status={cardStatus(listing, tenant, at)} />
      </p>
      <CardDetails listing={listing} tenant={tenant} at={at} />
      <div className="card-actions">
        <ShareButton listing={listing} />
        <button type="button" aria-expanded={reporting} onClick={() => setReporting((open) => !open)}>
          {t('report.open')}
        </button>
        <button type="button" onClick={onClose}>
          {t('card.close')}
        </button>
      </div>
      {reporting ? <ReportForm listingId={listing.id} onDone={() => setReporting(false)} /> : null}
    </article>
  );
}
