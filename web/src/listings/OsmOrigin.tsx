import i18n from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicListing } from '#schema/listing.ts';
import { claimListing } from './claim-listing.ts';
import en from '../i18n/osm-origin.en.json';
import fr from '../i18n/osm-origin.fr.json';

// Its strings travel with it, outside the map page's first load.
i18n.addResourceBundle('fr', 'osmOrigin', fr, true, true);
i18n.addResourceBundle('en', 'osmOrigin', en, true, true);

/**
 * A listing imported from OpenStreetMap and not yet claimed says so, with the ODbL credit, and
 * lets its business ask for the private link (mailed to the address the listing gives), which
 * makes it theirs.
 */
export function OsmOrigin({ listing }: { listing: PublicListing }) {
  const { t } = useTranslation('osmOrigin');
  const [answer, setAnswer] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!listing.osm || listing.osm.claimed) return null;

  async function claim() {
    setBusy(true);
    try {
      setAnswer(await claimListing(listing.id));
    } catch {
      setAnswer(t('claimFailed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="osm-origin" aria-labelledby="osm-origin-title">
      <h3 id="osm-origin-title">{t('title')}</h3>
      <p>
        {t('notClaimed')}{' '}
        <a href={`https://www.openstreetmap.org/${listing.osm.id}`} rel="noopener noreferrer" target="_blank">{t('credit')}</a>
      </p>
      <button type="button" onClick={() => void claim()} disabled={busy}>{t('claim')}</button>
      <p role="status">{answer}</p>
    </section>
  );
}
