/**
 * The private link carries its token in the fragment (#token=…). It is read once and removed
 * from the address bar, so it is neither bookmarked nor left in the history.
 */
export function takeLinkToken(): string | null {
  const match = window.location.hash.match(/token=([A-Za-z0-9_-]+)/);
  if (!match?.[1]) return null;
  window.history.replaceState(null, '', window.location.pathname);
  return match[1];
}
