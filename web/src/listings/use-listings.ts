import { useEffect, useState } from 'react';
import type { Bbox } from '#schema/bbox.ts';
import type { ClusterFeature, ListingFeature } from '#schema/listing.ts';
import { saveFeatures, savedFeatures } from '../offline/saved-data.ts';
import type { Filters } from '../view/filters.ts';
import { listingsQuery } from './listings-query.ts';
import { fetchListings } from './tiled-listings.ts';
import { messageOf } from '#schema/errors.ts';

export type ListingsState = {
  features: ListingFeature[];
  /** Zoomed out over many listings, the API answers counts per cell instead of points. */
  clusters: ClusterFeature[];
  truncated: boolean;
  loading: boolean;
  error: string | null;
  /** Set when the network failed and the listings shown are the ones saved at that instant. */
  offlineSince: string | null;
};

const inBox = (box: Bbox) => (feature: ListingFeature) => {
  const [lng, lat] = feature.geometry.coordinates;
  return lng >= box.west && lng <= box.east && lat >= box.south && lat <= box.north;
};

const MINUTE_MS = 60_000;

/**
 * "Open now" asks the API for the minute the page looks at, not the server's own: the places it
 * keeps are the ones the page's clock finds open, and the next minute asks again, so one opening
 * at 07:00 joins the list at 07:00.
 */
function askedFilters(filters: Filters, instant: Date): Filters {
  if (filters.open !== 'now') return filters;
  return { ...filters, open: 'at', at: new Date(Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS).toISOString() };
}

/** The listings of the box and filters at the instant shown, refetched when any changes; an older answer never overwrites a newer one. */
export function useListings(slug: string, box: Bbox | null, shownFilters: Filters, instant: Date): ListingsState {
  const [state, setState] = useState<ListingsState>({ features: [], clusters: [], truncated: false, loading: true, error: null, offlineSince: null });
  const filters = askedFilters(shownFilters, instant);
  const query = box ? listingsQuery(box, filters) : null;
  const key = JSON.stringify(query);

  useEffect(() => {
    if (!query || !box) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    fetchListings(box, filters)
      .then((answer) => {
        if (!current) return;
        if (answer.kind === 'clusters') {
          setState({ features: [], clusters: answer.features, truncated: false, loading: false, error: null, offlineSince: null });
          return;
        }
        setState({ features: answer.features, clusters: [], truncated: answer.truncated, loading: false, error: null, offlineSince: null });
        if (answer.features.length > 0) saveFeatures(slug, answer.features);
      })
      .catch((error: unknown) => {
        if (!current) return;
        // fetch rejects with a TypeError only when no answer came back at all: that is being offline.
        const saved = error instanceof TypeError ? savedFeatures(slug) : null;
        if (saved) setState({ features: saved.value.filter(inBox(box)), clusters: [], truncated: false, loading: false, error: null, offlineSince: saved.savedAt });
        else setState((previous) => ({ ...previous, loading: false, error: messageOf(error) }));
      });
    return () => {
      current = false;
    };
  }, [key, slug]);

  return state;
}
