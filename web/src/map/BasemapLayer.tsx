import { useEffect } from 'react';
import { TileLayer } from 'react-leaflet';
import type { PublicTiles } from '#schema/tile-sources.ts';

/** Leaflet zooms past the source's deepest level by scaling its tiles up. */
const MAX_ZOOM = 19;

/**
 * The tenant's map background with its credit line. It tells the service worker which tiles it
 * may keep offline; those are fetched with CORS, so the worker sees their real size when it
 * counts them against the cap (an opaque answer's size is unknown).
 */
export function BasemapLayer({ tiles }: { tiles: PublicTiles }) {
  useEffect(() => {
    // Loaded on use: the first load stays within its budget, and only a browser with a service worker needs it.
    if ('serviceWorker' in navigator) void import('./offline-tiles.ts').then(({ keepTilesOffline }) => keepTilesOffline(tiles));
  }, [tiles.url, tiles.offlineBytes]);
  return (
    <TileLayer
      key={tiles.url}
      url={tiles.url}
      attribution={tiles.attribution}
      maxNativeZoom={tiles.maxNativeZoom}
      maxZoom={MAX_ZOOM}
      {...(tiles.offlineBytes > 0 ? { crossOrigin: 'anonymous' as const } : {})}
    />
  );
}
