import { useSyncExternalStore } from 'react';

/**
 * Whether OpenStreetMap's evaluator, for hours outside the compiled model, has arrived
 * (hours.ts loads it on demand, decision 009). Components that evaluate hours depend on
 * `useLibraryHours()` to evaluate again once it is there. Nothing of the hours model is
 * imported here: this module is part of the first load.
 */
let loaded = 0;
const listeners = new Set<() => void>();

export function libraryLoaded(): void {
  loaded++;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLibraryHours(): number {
  return useSyncExternalStore(subscribe, () => loaded);
}
