import { useEffect, useState } from 'react';
import { api, call } from '../api.ts';
import { useCrisisTranslation } from '../crisis/i18n.ts';

/** How many residents follow the listing: the shopkeeper sees the number, never who. */
export function FollowerCount({ listingId }: { listingId: string }) {
  const { t, ready } = useCrisisTranslation();
  const [followers, setFollowers] = useState<number | null>(null);
  useEffect(() => {
    call(api.api.v1['self-service'].listing.followers.$get)
      .then((answer) => setFollowers(answer.followers))
      // Only a count to show: without it, the page works as before.
      .catch(() => setFollowers(null));
  }, [listingId]);
  if (!ready || followers === null) return null;
  return <p className="followers">{t('places.followers', { count: followers })}</p>;
}
