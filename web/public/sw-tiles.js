// Imported by the generated service worker (vite.config.ts, workbox.importScripts): keeps the map
// tiles a resident looked at, so the offline map shows streets rather than grey. Only the tile
// addresses the page names are kept (sources whose licence allows it, web/src/map/offline-tiles.ts),
// in a cache capped in bytes that drops the least recently used tiles first.
const TILE_CACHE = 'vitrine-tiles-v1';
const SETTINGS_CACHE = 'vitrine-tile-settings-v1';
const SETTINGS_KEY = '/tile-cache-settings';
// Tiles change rarely; past a month a kept tile is fetched again when the network answers.
const REFRESH_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

let settings = { prefixes: [], maxBytes: 0 };
let settingsLoaded = false;
const settingsReady = caches
  .open(SETTINGS_CACHE)
  .then((cache) => cache.match(SETTINGS_KEY))
  .then((response) => (response ? response.json() : settings))
  .then((saved) => {
    settings = saved;
  })
  .catch(() => {})
  .finally(() => {
    settingsLoaded = true;
  });

// Cache writes one at a time: the byte count and the eviction order stay consistent.
let writes = Promise.resolve();
function serialised(task) {
  writes = writes.then(task, task);
  return writes;
}

// Kept tile address -> bytes, least recently used first. Cache Storage lists keys in the order
// they were put, and a tile is put again on each use, so the order survives restarts.
let index = null;
async function loadIndex(cache) {
  if (index) return index;
  const entries = new Map();
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    entries.set(request.url, Number((response && response.headers.get('x-tile-bytes')) || 0));
  }
  index = entries;
  return index;
}

async function evict(cache, entries) {
  let total = 0;
  for (const size of entries.values()) total += size;
  for (const [url, size] of entries) {
    if (total <= settings.maxBytes) break;
    entries.delete(url);
    total -= size;
    await cache.delete(url);
  }
}

function keep(url, response) {
  return serialised(async () => {
    const body = await response.blob();
    if (body.size > settings.maxBytes) return;
    const headers = new Headers(response.headers);
    headers.set('x-tile-bytes', String(body.size));
    headers.set('x-tile-stored', String(Date.now()));
    const cache = await caches.open(TILE_CACHE);
    await cache.put(url, new Response(body, { status: 200, headers }));
    const entries = await loadIndex(cache);
    entries.delete(url);
    entries.set(url, body.size);
    await evict(cache, entries);
  });
}

function touch(url, response) {
  return serialised(async () => {
    const cache = await caches.open(TILE_CACHE);
    const entries = await loadIndex(cache);
    const size = entries.get(url);
    if (size === undefined) return;
    entries.delete(url);
    entries.set(url, size);
    await cache.put(url, response);
  });
}

async function tileResponse(event) {
  const url = event.request.url;
  const cache = await caches.open(TILE_CACHE);
  const kept = await cache.match(url);
  if (kept && Date.now() - Number(kept.headers.get('x-tile-stored')) < REFRESH_AFTER_MS) {
    event.waitUntil(touch(url, kept.clone()));
    return kept;
  }
  try {
    const response = await fetch(event.request);
    if (response.status === 200 && settings.maxBytes > 0) event.waitUntil(keep(url, response.clone()));
    return response;
  } catch (error) {
    // Offline with an old copy: an older map beats a grey one.
    if (kept) return kept;
    throw error;
  }
}

const isKept = (url) => settings.prefixes.some((prefix) => url.startsWith(prefix));

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  if (settingsLoaded) {
    if (isKept(request.url)) event.respondWith(tileResponse(event));
    return;
  }
  // Just woken up, the settings are still being read. Same-origin images wait for them (fetching
  // those ourselves changes nothing); others go to the network as if this file were not here.
  if (request.destination === 'image' && new URL(request.url).origin === self.location.origin) {
    event.respondWith(settingsReady.then(() => (isKept(request.url) ? tileResponse(event) : fetch(request))));
  }
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'vitrine:tile-cache' || !Array.isArray(data.prefixes) || typeof data.maxBytes !== 'number') return;
  event.waitUntil(
    serialised(async () => {
      const sameSource = JSON.stringify(data.prefixes) === JSON.stringify(settings.prefixes);
      settings = { prefixes: data.prefixes, maxBytes: data.maxBytes };
      settingsLoaded = true;
      await (await caches.open(SETTINGS_CACHE)).put(SETTINGS_KEY, new Response(JSON.stringify(settings)));
      if (!sameSource || settings.maxBytes === 0) {
        // Another source, or one that may not be kept: its tiles go.
        index = null;
        await caches.delete(TILE_CACHE);
        return;
      }
      const cache = await caches.open(TILE_CACHE);
      await evict(cache, await loadIndex(cache));
    }),
  );
});
