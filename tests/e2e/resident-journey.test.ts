import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { openPage, type PageOptions } from '../support/browser.ts';
import { afterListChanges, waitForListings } from '../support/resident.ts';
import { getTenantJson } from '../support/server.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';

const e2e = useServerAndBrowser();

const SLUG = 'aix-marseille-provence';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
/** Monday 7 December 2026, 10:30 in Marseille: bakeries are open, the week ahead has no holiday. */
const MONDAY_MORNING = new Date('2026-12-07T09:30:00Z');

type Collection = { features: Array<{ id: string; properties: { name: string; category: string; commune: string } }> };

/** Opens the map at `path` with the clock fixed at `at`, as a resident's browser would on that morning. */
async function openMap(path: string, options: PageOptions & { at?: Date } = {}): Promise<Page> {
  const { page } = await openPage(e2e.browser, options);
  await page.clock.setFixedTime(options.at ?? MONDAY_MORNING);
  await page.goto(`${e2e.server.origin(SLUG)}${path}`);
  await waitForListings(page);
  return page;
}

/** Bakeries in central Marseille, where the demo tenant has some at zoom 14. */
async function marseilleBakeries(): Promise<Collection['features']> {
  const found = await getTenantJson<Collection>(e2e.server, SLUG, '/api/v1/listings?bbox=5.30,43.25,5.45,43.35&category=bakery&limit=2000');
  assert.ok(found.features.length > 0, 'bakeries in central Marseille');
  return found.features;
}

describe('a resident on the map page, in Chromium', () => {
  it('counts active filters in words that agree with the number (1 actif, 2 actifs; 1 active)', async () => {
    const page = await openMap('/');
    await page.getByText('Filtres', { exact: true }).click();
    await afterListChanges(page, () => page.getByLabel('Boulangerie', { exact: true }).check());
    assert.equal(await page.locator('.filter-panel summary').textContent(), 'Filtres (1 actif)');
    await afterListChanges(page, () => page.getByLabel('Boucherie', { exact: true }).check());
    assert.equal(await page.locator('.filter-panel summary').textContent(), 'Filtres (2 actifs)');
    await page.context().close();

    const english = await openMap('/?cat=bakery', { locale: 'en-GB' });
    assert.equal(await english.locator('.filter-panel summary').textContent(), 'Filters (1 active)');
    await english.getByRole('searchbox', { name: 'Search for a business or a product' }).waitFor();
    await english.context().close();
  });

  it('reads the week of a card in British English, each hour range on one line on a desktop', async () => {
    const [bakery] = await marseilleBakeries();
    const page = await openMap(`/?c=43.29600,5.38000&z=14&l=${bakery!.id}`, { locale: 'en-GB', viewport: DESKTOP });
    await page.locator('#listing-card-title').waitFor();
    const days = await page.locator('.week-hours th').allTextContents();
    assert.deepEqual(days.slice(0, 2), ['Monday 7 December', 'Tuesday 8 December']);
    assert.match((await page.locator('.confirmed').textContent()) ?? '', /^Information confirmed on \d{1,2} [A-Z][a-z]+ \d{4}$/);
    const ranges = page.locator('.week-hours .hour-range');
    assert.ok((await ranges.count()) > 0, 'the bakery has opening hours this week');
    const linesPerRange = await ranges.evaluateAll((spans) => spans.map((span) => span.getClientRects().length));
    assert.ok(linesPerRange.every((lines) => lines === 1), `line boxes per range: ${linesPerRange.join(',')}`);
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });
});
