import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { openPage } from '../support/browser.ts';
import { waitForListings } from '../support/resident.ts';
import { getTenantJson } from '../support/server.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';

const e2e = useServerAndBrowser();
const SLUG = 'morbihan';
const HOSTILE_NAME = `<img src=x onerror="window.__pwned=1">Crêperie <b>du Port</b>`;
const HOSTILE_ADDRESS = `<script>window.__pwned=2</script>1 quai des Indes`;

/** Rewrites a listing the way a hostile registration would have stored it. */
function storeHostileText(id: string): void {
  const sql = `UPDATE listings SET name = '${HOSTILE_NAME.replace(/'/g, "''")}', address = '${HOSTILE_ADDRESS}' WHERE id = '${id}'`;
  execFileSync('npx', ['wrangler', 'd1', 'execute', 'DB', '--local', '--persist-to', e2e.server.stateDir, '--command', sql], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
  });
}

describe('text that looks like markup', () => {
  it('is shown as text in the list, the marker tooltip, the card and the shared page, and never runs', async () => {
    const near = await getTenantJson<{ features: Array<{ id: string; geometry: { coordinates: [number, number] } }> }>(
      e2e.server,
      SLUG,
      '/api/v1/listings/nearest?lat=47.6559&lng=-2.7603&k=1',
    );
    const target = near.features[0];
    assert.ok(target, 'a listing near Vannes');
    storeHostileText(target.id);
    const [lng, lat] = target.geometry.coordinates;

    const { page } = await openPage(e2e.browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${e2e.server.origin(SLUG)}/?c=${lat.toFixed(5)},${lng.toFixed(5)}&z=18`);
    await waitForListings(page);
    const row = page.locator(`[data-listing-id="${target.id}"] .listing-name`);
    assert.equal(await row.textContent(), HOSTILE_NAME);
    const markerTitles = await page.locator('.leaflet-marker-icon').evaluateAll((markers) => markers.map((m) => m.getAttribute('title') ?? ''));
    assert.ok(markerTitles.some((title) => title.startsWith(HOSTILE_NAME)), 'the marker tooltip carries the name as plain text');

    await page.locator(`[data-listing-id="${target.id}"] button`).first().click();
    const title = page.locator('#listing-card-title');
    await title.waitFor();
    assert.equal(await title.textContent(), HOSTILE_NAME);
    assert.ok(((await page.locator('.listing-card').textContent()) ?? '').includes(HOSTILE_ADDRESS));

    // The page the Worker renders for sharing escapes the name in its Open Graph tags.
    const shared = await page.goto(`${e2e.server.origin(SLUG)}/l/${target.id}`);
    const html = (await shared?.text()) ?? '';
    assert.ok(!html.includes('<img src=x'), 'no raw markup in the shared page');
    assert.ok(html.includes('&#60;img src=x'), 'the name is in the page, escaped');
    await waitForListings(page);

    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('img[src="x"], b').count(), 0);
    assert.deepEqual(dialogs, []);
    await page.context().close();
  });
});
