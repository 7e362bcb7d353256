import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage } from '../support/browser.ts';
import { listedIds, offlineAppErrors, openUnderServiceWorker, reloadOffline } from '../support/resident.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';

const e2e = useServerAndBrowser();

describe('resident app offline', () => {
  it('reopens offline with the last listings seen, their hours, and a banner saying when they are from', async () => {
    const { page } = await openPage(e2e.browser, { expectedConsoleErrors: offlineAppErrors('morbihan') });
    await openUnderServiceWorker(page, `${e2e.server.origin('morbihan')}/?c=47.65590,-2.76030&z=14`);
    const online = await listedIds(page);
    assert.ok(online.length > 0);
    assert.equal(await page.locator('.offline-banner').count(), 0);

    await reloadOffline(page);
    const banner = await page.locator('.offline-banner').textContent();
    assert.match(banner ?? '', /Hors ligne : données du/);
    assert.deepEqual(await listedIds(page), online);
    // Offline, each row's status comes from the shared model run in the page on the saved hours.
    await page.waitForFunction(() => [...document.querySelectorAll('.listing-item .status-badge')].some((el) => /Ouvert|Ferme|Fermé|Horaires|Services|À confirmer/.test(el.textContent ?? '')));
    await page.context().close();
  });
});
