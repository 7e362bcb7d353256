import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { offlineAppErrors, openUnderServiceWorker, reloadOffline, waitForListings } from '../support/resident.ts';

const e2e = useServerAndBrowser();

/** Waits until the map shows at least `count` background tiles drawn from a template matching `source`. */
async function waitForTiles(page: Page, source: RegExp, count = 4): Promise<string[]> {
  await page.waitForFunction(
    ({ pattern, count }) =>
      [...document.querySelectorAll<HTMLImageElement>('img.leaflet-tile-loaded')].filter((img) => new RegExp(pattern).test(img.src) && img.naturalWidth === 256).length >= count,
    { pattern: source.source, count },
  );
  return page.locator('img.leaflet-tile-loaded').evaluateAll((images) => images.map((img) => (img as HTMLImageElement).src).sort());
}

const OWN_TILES = /\/tiles\/\d+\/\d+\/\d+$/;

describe('the basemap', () => {
  it("draws the background from the Worker's own /tiles, credits it, and asks no other host", async () => {
    const { page } = await openPage(e2e.browser);
    const hosts = new Set<string>();
    page.context().on('request', (request) => hosts.add(new URL(request.url()).host));
    const origin = e2e.server.origin('morbihan');
    await page.goto(`${origin}/?c=47.65590,-2.76030&z=13`);
    await waitForListings(page);
    const tiles = await waitForTiles(page, OWN_TILES);
    assert.ok(tiles.every((src) => src.startsWith(`${origin}/tiles/`)), tiles.join('\n'));
    assert.match((await page.locator('.leaflet-control-attribution').textContent()) ?? '', /Natural Earth.*Etalab.*GeoNames/);
    assert.deepEqual([...hosts], [new URL(origin).host]);
  });

  it('offline, reloads with the tiles of the area viewed', async () => {
    const { page } = await openPage(e2e.browser, { expectedConsoleErrors: offlineAppErrors('morbihan') });
    // The first visit installs the service worker and tells it which tiles it may keep.
    await openUnderServiceWorker(page, `${e2e.server.origin('morbihan')}/?c=47.65590,-2.76030&z=13`);
    const online = await waitForTiles(page, OWN_TILES);
    // Kept in the background, after each tile is answered.
    await page.waitForFunction(async (count) => (await (await caches.open('vitrine-tiles-v1')).keys()).length >= count, online.length);

    await reloadOffline(page);
    const offline = await waitForTiles(page, OWN_TILES, online.length);
    assert.deepEqual(offline, online);
    await page.screenshot({ path: 'test-results/basemap-offline.png' });
  });
});
