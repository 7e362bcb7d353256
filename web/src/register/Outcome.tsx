import { useState, type RefObject } from 'react';
import { useRegisterTranslation } from './i18n.ts';
import { claimListing } from '../listings/claim-listing.ts';
import type { SubmitOutcome } from './submit.ts';

/** After sending: on the map (or waiting for review), or already registered and claimable. */
export function Outcome({ outcome, headingRef, onBack }: { outcome: Extract<SubmitOutcome, { kind: 'registered' | 'duplicate' }>; headingRef: RefObject<HTMLHeadingElement | null>; onBack: () => void }) {
  const { t } = useRegisterTranslation();
  const [claimed, setClaimed] = useState<string | null>(null);
  if (outcome.kind === 'registered') {
    return (
      <section className="outcome" aria-labelledby="outcome-title">
        <h2 id="outcome-title" ref={headingRef} tabIndex={-1}>
          {outcome.result.published ? t('done.published') : t('done.pending')}
        </h2>
        {/* The API's message starts with the heading's words: the page says the rest only. */}
        <p>{outcome.result.published ? t('done.publishedHint') : t('done.pendingHint')}</p>
        <p><a href="/">{t('done.backToMap')}</a></p>
      </section>
    );
  }
  return (
    <section className="outcome" aria-labelledby="outcome-title">
      <h2 id="outcome-title" ref={headingRef} tabIndex={-1}>{t('duplicate.title')}</h2>
      <p>{outcome.message}</p>
      {claimed ? (
        <p role="status">{claimed}</p>
      ) : (
        <button type="button" className="primary" onClick={() => void claimListing(outcome.listingId).then(setClaimed)}>
          {t('duplicate.claim')}
        </button>
      )}
      <p><a href={`/?listing=${outcome.listingId}`}>{t('duplicate.see')}</a></p>
      <button type="button" onClick={onBack}>{t('duplicate.back')}</button>
    </section>
  );
}
