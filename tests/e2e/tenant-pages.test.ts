import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, statusLogged } from '../support/browser.ts';
import { drawnCount, listCount } from '../support/resident.ts';
import { getTenantJson } from '../support/server.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';

const e2e = useServerAndBrowser();

async function listingIdsOf(slug: string): Promise<Set<string>> {
  const collection = await getTenantJson<{ features: Array<{ id: string }> }>(e2e.server, slug, '/api/v1/listings?bbox=-180,-90,180,90');
  return new Set(collection.features.map((f) => f.id));
}

async function openTenantPage(slug: string) {
  const { page } = await openPage(e2e.browser);
  await page.goto(`${e2e.server.origin(slug)}/`);
  await page.waitForSelector('.leaflet-container');
  await page.waitForSelector('.listing-marker, .cluster-marker');
  await page.waitForFunction(() => document.querySelector('.listing-list')?.getAttribute('aria-busy') === 'false');
  // Clustered or not, every listed business is drawn once: as its own marker or in a cluster's count.
  const markerCount = await drawnCount(page);
  const listedIds = await page.locator('[data-listing-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-listing-id') ?? ''));
  const heading = await page.locator('h1').textContent();
  const listed = await listCount(page);
  return { page, markerCount, listedIds, listed, heading };
}

describe('tenant pages in Chromium', () => {
  it("shows tenant A's branded map with its markers and the same listings in the list", async () => {
    const { page, markerCount, listedIds, listed, heading } = await openTenantPage('aix-marseille-provence');
    assert.equal(heading, 'CCI Aix-Marseille-Provence');
    assert.ok(markerCount > 50, `expected many markers, saw ${markerCount}`);
    assert.equal(listed, markerCount);
    const ownIds = await listingIdsOf('aix-marseille-provence');
    for (const id of listedIds) assert.ok(ownIds.has(id), `listed ${id} is not a listing of tenant A`);
    const brand = await page.locator('.masthead').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(brand, 'rgb(0, 85, 140)');
    await page.context().close();
  });

  it("shows only tenant B's listings on B's page", async () => {
    const { listedIds, heading, page } = await openTenantPage('morbihan');
    assert.equal(heading, 'CCI du Morbihan');
    const idsOfA = await listingIdsOf('aix-marseille-provence');
    const idsOfB = await listingIdsOf('morbihan');
    assert.ok(listedIds.length > 50);
    assert.equal(listedIds.filter((id) => idsOfA.has(id)).length, 0);
    assert.ok(listedIds.every((id) => idsOfB.has(id)));
    await page.context().close();
  });

  it('opens a listing card from the list with the keyboard', async () => {
    const { page } = await openTenantPage('morbihan');
    const firstName = await page.locator('.listing-item .listing-name').first().textContent();
    await page.locator('.listing-item').first().focus();
    await page.keyboard.press('Enter');
    const title = page.locator('#listing-card-title');
    await title.waitFor();
    assert.equal(await title.textContent(), firstName);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'listing-card-title');
    await page.context().close();
  });

  it('lists the tenants on a bare localhost and answers 404 on an unknown host', async () => {
    const { page } = await openPage(e2e.browser, {
      // The browser notes the 404 this test asks for.
      expectedConsoleErrors: [statusLogged(404, /^http:\/\/unknown-cci\.localhost:\d+\/$/)],
    });
    await page.goto(`http://localhost:${e2e.server.port}/`);
    const links = await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.includes(`${e2e.server.origin('morbihan')}/`));
    const response = await page.goto(`http://unknown-cci.localhost:${e2e.server.port}/`);
    assert.equal(response?.status(), 404);
    assert.match(await page.locator('h1').textContent() ?? '', /Adresse inconnue/);
    await page.context().close();
  });

  it('answers a mistyped path 404 with a "page not found" page leading back to the map, in fr and en', async () => {
    const { page } = await openPage(e2e.browser, { expectedConsoleErrors: [statusLogged(404, /\/carte-des-comerces$/)] });
    const response = await page.goto(`${e2e.server.origin('morbihan')}/carte-des-comerces`);
    assert.equal(response?.status(), 404);
    await page.locator('h1', { hasText: 'Page introuvable' }).waitFor();
    assert.equal(await page.title(), 'Page introuvable — CCI du Morbihan');
    assert.equal(await page.locator('.leaflet-container').count(), 0);
    await page.locator('.language-switcher select').selectOption('en');
    await page.locator('h1', { hasText: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'See the open businesses on the map' }).click();
    await page.waitForSelector('.leaflet-container');
    assert.equal(new URL(page.url()).pathname, '/');
    await page.context().close();
  });
});
