import type { ListingsAnswer } from '#schema/listing.ts';

/**
 * While a crisis campaign runs, a listing whose business has not confirmed since it started shows
 * as "to be confirmed" (`stale`), whatever its usual freshness: its hours may not hold any more.
 * Nothing is written: when the crisis ends, the listing shows as it did. `since` is the
 * campaign's start (null: no campaign runs).
 */
export function markUnconfirmedSince(answer: ListingsAnswer, since: string | null): ListingsAnswer {
  if (answer.kind !== 'listings' || !since) return answer;
  const features = answer.features.map((feature) =>
    (feature.properties.last_confirmed_at ?? '') < since ? { ...feature, properties: { ...feature.properties, stale: true } } : feature,
  );
  return { ...answer, features };
}

/** The same rule for one listing's card: the answer says `stale` only when it applies. */
export function markListingUnconfirmedSince<T extends { lastConfirmedAt: string }>(listing: T, since: string | null): T & { stale?: true } {
  return since && listing.lastConfirmedAt < since ? { ...listing, stale: true } : listing;
}
