import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicListing } from '#schema/listing.ts';

/** The listing's own page, whose preview (Open Graph) the Worker renders for social networks. */
export function listingPageUrl(id: string): string {
  return new URL(`/l/${id}`, window.location.origin).toString();
}

/** The system share sheet where there is one (phones), else the link goes to the clipboard. */
export function ShareButton({ listing }: { listing: PublicListing }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = listingPageUrl(listing.id);
  const share = async () => {
    if (navigator.share) {
      await navigator.share({ title: listing.name, url }).catch(() => undefined);
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <>
      <button type="button" onClick={() => void share()}>
        {t('card.share')}
      </button>
      <span role="status" className="share-status">
        {copied === 'copied' ? t('card.linkCopied') : copied === 'failed' ? t('card.linkIs', { url }) : ''}
      </span>
    </>
  );
}
