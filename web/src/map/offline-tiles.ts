import type { PublicTiles } from '#schema/tile-sources.ts';

/** What the service worker's tile cache (web/public/sw-tiles.js) is told: which addresses, how many bytes. */
export type TileCacheSettings = { type: 'vitrine:tile-cache'; prefixes: string[]; maxBytes: number };

/** The fixed start of a template's tile addresses, before its first placeholder. */
function prefixOf(template: string, origin: string): string {
  return new URL(template.slice(0, template.indexOf('{')), origin).href;
}

export function tileCacheSettings(tiles: PublicTiles, origin: string): TileCacheSettings {
  return tiles.offlineBytes > 0
    ? { type: 'vitrine:tile-cache', prefixes: [prefixOf(tiles.url, origin)], maxBytes: tiles.offlineBytes }
    : { type: 'vitrine:tile-cache', prefixes: [], maxBytes: 0 };
}

/** Tells the service worker, once there is one, which tiles it may keep for offline use. */
export function keepTilesOffline(tiles: PublicTiles): void {
  const settings = tileCacheSettings(tiles, window.location.origin);
  void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(settings));
}
