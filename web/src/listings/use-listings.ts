import { useEffect, useState } from 'react';
import { formatBbox, type Bbox } from '#schema/bbox-format.ts';
import type { ListingFeature, ListingFeatureCollection } from '#schema/listing.ts';
import { api, readJson } from '../api.ts';

export type ListingsState = { features: ListingFeature[]; truncated: boolean; loading: boolean; error: string | null };

/** The listings of the box, refetched when it moves; an older answer never overwrites a newer one. */
export function useListingsInBox(box: Bbox): ListingsState {
  const [state, setState] = useState<ListingsState>({ features: [], truncated: false, loading: true, error: null });
  const key = formatBbox(box);

  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    api.api.v1.listings
      .$get({ query: { bbox: key } })
      .then((response) => readJson<ListingFeatureCollection & { truncated: boolean }>(response))
      .then((collection) => {
        if (current) setState({ features: collection.features, truncated: collection.truncated, loading: false, error: null });
      })
      .catch((error: unknown) => {
        if (current) setState((previous) => ({ ...previous, loading: false, error: error instanceof Error ? error.message : String(error) }));
      });
    return () => {
      current = false;
    };
  }, [key]);

  return state;
}
