import { useCallback, useEffect, useState } from 'react';
import type { ListingHoursInput } from '#schema/hours/index.ts';
import type { ListingStatus } from '#schema/status.ts';

/**
 * What "My places" shows without the network: the listing as it was when last seen. `hours`
 * (absent from places saved by older versions) lets its status be told at any instant, off the
 * map and offline too.
 */
export type SavedPlace = { id: string; name: string; status: ListingStatus; commune: string; seenAt: string; hours?: ListingHoursInput };

const keyOf = (slug: string) => `vitrine.places.${slug}`;

function read(slug: string): SavedPlace[] {
  try {
    return JSON.parse(localStorage.getItem(keyOf(slug)) ?? '[]') as SavedPlace[];
  } catch {
    return [];
  }
}

/** Starred listings, on this device only (no account): per tenant, shared between tabs. */
export function useFavourites(slug: string) {
  const [places, setPlaces] = useState(() => read(slug));
  useEffect(() => {
    const onStorage = (event: StorageEvent) => event.key === keyOf(slug) && setPlaces(read(slug));
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [slug]);
  const write = useCallback((next: SavedPlace[]) => {
    setPlaces(next);
    try {
      localStorage.setItem(keyOf(slug), JSON.stringify(next));
    } catch {
      // Storage full or disabled: the star holds for this visit only.
    }
  }, [slug]);
  const toggle = useCallback((place: SavedPlace) => {
    const current = read(slug);
    write(current.some((p) => p.id === place.id) ? current.filter((p) => p.id !== place.id) : [...current, place]);
  }, [slug, write]);
  /** Keeps the saved copy current when the map shows the listing again. */
  const refresh = useCallback((seen: SavedPlace[]) => {
    const current = read(slug);
    const byId = new Map(seen.map((p) => [p.id, p]));
    if (current.some((p) => byId.has(p.id))) write(current.map((p) => byId.get(p.id) ?? p));
  }, [slug, write]);
  return { places, toggle, refresh, isStarred: (id: string) => places.some((p) => p.id === id) };
}
