import { useCallback, useState } from 'react';

export type Located = { lat: number; lng: number };
export type LocateState = { state: 'idle' } | { state: 'locating' } | { state: 'error'; reason: 'denied' | 'unavailable' | 'unsupported' };

/** The browser's position, asked for only when the resident presses "locate me". */
export function useGeolocation(onLocated: (position: Located) => void): [LocateState, () => void] {
  const [state, setState] = useState<LocateState>({ state: 'idle' });
  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setState({ state: 'error', reason: 'unsupported' });
      return;
    }
    setState({ state: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setState({ state: 'idle' });
        onLocated({ lat: position.coords.latitude, lng: position.coords.longitude });
      },
      (error) => setState({ state: 'error', reason: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 60_000 },
    );
  }, [onLocated]);
  return [state, locate];
}
