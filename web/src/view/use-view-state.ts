import { useCallback, useEffect, useRef, useState } from 'react';
import { parseViewState, viewUrl, type ViewState } from './view-state.ts';

/**
 * The view lives in the URL: every change replaces the current entry, except opening or closing
 * a card, which adds one so that Back closes the card. `onRestore` runs when Back/Forward brings
 * an older view, for the map to move there.
 */
export function useViewState(onRestore: (view: ViewState) => void): [ViewState, (change: Partial<ViewState>) => void] {
  const [view, setView] = useState(() => parseViewState(window.location));
  const current = useRef(view);
  const restore = useRef(onRestore);
  restore.current = onRestore;

  const update = useCallback((change: Partial<ViewState>) => {
    const next = { ...current.current, ...change };
    const push = 'listingId' in change && change.listingId !== current.current.listingId;
    current.current = next;
    setView(next);
    const url = viewUrl(next);
    if (url !== window.location.pathname + window.location.search) {
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
  }, []);

  useEffect(() => {
    const onPopState = () => {
      const next = parseViewState(window.location);
      current.current = next;
      setView(next);
      restore.current(next);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  return [view, update];
}
