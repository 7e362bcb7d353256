import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { networkErrorLogged, openPage } from '../support/browser.ts';
import { listedIds, waitForListings } from '../support/resident.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';

const e2e = useServerAndBrowser();

describe('resident app offline', () => {
  it('reopens offline with the last listings seen, their hours, and a banner saying when they are from', async () => {
    const { page } = await openPage(e2e.browser, {
      // Offline, the app's requests fail and it answers from what it saved. The tenant's icon would
      // come from the HTTP cache, which the tests' request routing turns off.
      expectedConsoleErrors: [networkErrorLogged('ERR_INTERNET_DISCONNECTED', /^http:\/\/morbihan\.localhost:\d+\/(api\/v1\/tenant|api\/v1\/listings\?.+|icons\/tenant-192\.png)$/)],
    });
    const url = `${e2e.server.origin('morbihan')}/?c=47.65590,-2.76030&z=14`;
    await page.goto(url);
    await waitForListings(page);
    // The first visit installs the service worker; it controls the page from the next load on.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await waitForListings(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const online = await listedIds(page);
    assert.ok(online.length > 0);
    assert.equal(await page.locator('.offline-banner').count(), 0);

    await page.context().setOffline(true);
    // A navigation the page itself starts, as a resident's reload does: the service worker answers it.
    await page.evaluate(() => window.location.reload());
    await page.waitForLoadState('domcontentloaded');
    await waitForListings(page);
    const banner = await page.locator('.offline-banner').textContent();
    assert.match(banner ?? '', /Hors ligne : données du/);
    assert.deepEqual(await listedIds(page), online);
    // Offline, today's hours come from the shared model run in the page.
    await page.waitForFunction(() => [...document.querySelectorAll('.listing-summary')].some((el) => /Ouvert|Ouvre|Fermé|Horaires/.test(el.textContent ?? '')));
    await page.context().close();
  });
});
