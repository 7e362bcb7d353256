import { useEffect, useRef } from 'react';

/**
 * Where the focus goes back when the card closes (its button, Escape, or Back): the list entry,
 * marker or "Mes lieux" button that opened it. Markers are drawn again when the selection
 * changes, so an opener gone from the page is found again by the listing's list entry; failing
 * that, the list's heading, never the page's body.
 */
export function useFocusReturn(listingId: string | null): void {
  const opener = useRef<HTMLElement | null>(null);
  const openedId = useRef<string | null>(null);
  useEffect(() => {
    if (listingId !== null) {
      // Opening another card from the open one keeps the first opener: that is where the person came from.
      if (openedId.current === null && document.activeElement instanceof HTMLElement && document.activeElement !== document.body) opener.current = document.activeElement;
      openedId.current = listingId;
      return;
    }
    const closed = openedId.current;
    openedId.current = null;
    if (closed === null) return;
    const target =
      (opener.current?.isConnected ? opener.current : null) ??
      document.querySelector<HTMLElement>(`[data-listing-id="${CSS.escape(closed)}"] button`) ??
      document.getElementById('listing-list-heading');
    opener.current = null;
    target?.focus();
  }, [listingId]);
}
