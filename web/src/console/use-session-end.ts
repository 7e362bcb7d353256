import { useEffect } from 'react';
import { onRefusal } from '../api.ts';

/** Runs `onEnded` when the API says the session is over (expired, or ended elsewhere): the console signs out. */
export function useSessionEnd(onEnded: () => void): void {
  useEffect(
    () =>
      onRefusal((refusal) => {
        if (refusal.status === 401) onEnded();
      }),
    [onEnded],
  );
}
