import type { ListingsAnswer } from '#schema/listing.ts';

/** Seconds a public answer may be reused at most, everywhere: how old a cached answer can be. */
export const EDGE_CACHE_SECONDS = 60;

/**
 * How long a listings answer computed at `now` stays right: until the first listing in it opens
 * or closes. An "open now" answer leaves out listings that are closed, whose next opening it
 * cannot see, so it is right for the rest of the minute only. Answers for an instant asked
 * (`at`) and clusters (declared statuses) do not age.
 */
export function listingsMaxAge(answer: ListingsAnswer, filters: { open: boolean; at: Date | null }, now: number): number {
  if (filters.at || answer.kind !== 'listings') return EDGE_CACHE_SECONDS;
  let until = now + EDGE_CACHE_SECONDS * 1000;
  if (filters.open) until = Math.min(until, (Math.floor(now / 60_000) + 1) * 60_000);
  for (const feature of answer.features) {
    const change = feature.properties.next_change ? Date.parse(feature.properties.next_change) : Number.NaN;
    if (change < until) until = change;
  }
  return Math.max(0, Math.floor((until - now) / 1000));
}
