import type { ListingFeature, PublicListing } from '#schema/listing.ts';
import type { HeldTenant } from '#schema/tenant-answer.ts';

/**
 * What the app keeps so that it still answers offline: the tenant, the last listings seen and the
 * last cards opened. localStorage is enough at this size and is readable before anything loads.
 */
export type Saved<T> = { savedAt: string; value: T };

const PREFIX = 'vitrine.saved.';
/** About 150 KB of JSON at most: room for a town's listings, far below any browser's quota. */
export const MAX_SAVED_FEATURES = 600;
const MAX_SAVED_CARDS = 40;

function read<T>(key: string): Saved<T> | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as Saved<T>) : null;
  } catch {
    return null;
  }
}

function write<T>(key: string, value: T, now = new Date()): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ savedAt: now.toISOString(), value } satisfies Saved<T>));
  } catch {
    // A full or refused storage only costs the offline copy, never the page.
  }
}

export const savedTenant = (host: string) => read<HeldTenant>(`tenant.${host}`);
export const saveTenant = (host: string, tenant: HeldTenant) => write(`tenant.${host}`, tenant);

export const savedFeatures = (slug: string) => read<ListingFeature[]>(`features.${slug}`);
export const saveFeatures = (slug: string, features: readonly ListingFeature[]) => write(`features.${slug}`, features.slice(0, MAX_SAVED_FEATURES));

export function savedCard(slug: string, id: string): Saved<PublicListing> | null {
  return read<Record<string, Saved<PublicListing>>>(`cards.${slug}`)?.value[id] ?? null;
}

export function saveCard(slug: string, listing: PublicListing, now = new Date()): void {
  const cards = read<Record<string, Saved<PublicListing>>>(`cards.${slug}`)?.value ?? {};
  cards[listing.id] = { savedAt: now.toISOString(), value: listing };
  const newestFirst = Object.entries(cards).sort(([, a], [, b]) => b.savedAt.localeCompare(a.savedAt));
  write(`cards.${slug}`, Object.fromEntries(newestFirst.slice(0, MAX_SAVED_CARDS)), now);
}
