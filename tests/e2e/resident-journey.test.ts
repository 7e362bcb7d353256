import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { openPage, statusLogged, type PageOptions } from '../support/browser.ts';
import { afterListChanges, listCount, tabTo, waitForListings } from '../support/resident.ts';
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

  it('names the filters behind an empty list and clears them in one press', async () => {
    const page = await openMap('/?c=43.29600,5.38000&z=14');
    await page.getByText('Filtres', { exact: true }).click();
    await afterListChanges(page, () => page.getByLabel('Boulangerie', { exact: true }).check());
    await afterListChanges(page, () => page.getByLabel('Ouvert à une date et une heure').check());
    // 03:00 on Monday: no bakery of the demo tenant is open, the list empties.
    await page.getByLabel('Heure', { exact: true }).fill('03:00');
    await page.waitForFunction(() => document.querySelector('.listing-list')?.getAttribute('aria-busy') === 'false' && document.querySelectorAll('[data-listing-id]').length === 0);
    await page.getByText('Aucun commerce de cette zone ne correspond à vos filtres.').waitFor();
    const active = await page.getByRole('list', { name: 'Filtres actifs :' }).getByRole('listitem').allTextContents();
    assert.deepEqual(active, ['Boulangerie', 'Ouvert lundi 7 décembre à 03:00']);
    assert.deepEqual(await axeViolations(page), []);
    await afterListChanges(page, () => page.getByRole('button', { name: 'Effacer les filtres et la recherche' }).click());
    assert.ok((await listCount(page)) > 0);
    assert.equal(await page.locator('.filter-panel summary').textContent(), 'Filtres');
    assert.doesNotMatch(page.url(), /cat=|open=/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'listing-list-heading');
    await page.context().close();
  });

  it('goes straight to the one commune found, and back to the search field after choosing among several', async () => {
    const page = await openMap('/');
    await tabTo(page, '#place-search');
    await page.keyboard.type('Aubagne');
    await afterListChanges(page, () => page.keyboard.press('Enter'));
    assert.match((await page.locator('.list-order').textContent()) ?? '', /Aubagne/);
    assert.equal(await page.locator('.place-results').count(), 0, 'no list of one place to choose from');
    assert.equal(await page.locator('.place-search [role=status]').textContent(), 'Carte centrée sur Aubagne.');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'place-search');

    await page.locator('#place-search').fill('Marseille');
    await page.keyboard.press('Enter');
    await page.locator('.place-results button').nth(1).waitFor();
    await tabTo(page, '.place-results button');
    await afterListChanges(page, () => page.keyboard.press('Enter'));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'place-search');
    await page.context().close();
  });

  it('returns the focus to the list entry that opened the card, after "Fermer la fiche" and after Escape', async () => {
    const page = await openMap('/?c=43.29600,5.38000&z=14');
    await tabTo(page, '.listing-item');
    const entry = await page.evaluate(() => document.activeElement?.closest('[data-listing-id]')?.getAttribute('data-listing-id'));
    assert.ok(entry);
    const focusedEntry = () => page.evaluate(() => document.activeElement?.matches('.listing-item') ? document.activeElement.closest('[data-listing-id]')?.getAttribute('data-listing-id') : `not a list entry: ${document.activeElement?.outerHTML.slice(0, 80)}`);

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'listing-card-title');
    await tabTo(page, '.card-actions > button:last-of-type');
    await page.keyboard.press('Enter');
    await page.locator('#listing-card-title').waitFor({ state: 'detached' });
    assert.equal(await focusedEntry(), entry);

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'listing-card-title');
    await page.keyboard.press('Escape');
    await page.locator('#listing-card-title').waitFor({ state: 'detached' });
    assert.doesNotMatch(page.url(), /l=/);
    assert.equal(await focusedEntry(), entry);
    await page.context().close();
  });

  it('shows the card of a shared link at the top of a phone screen, not under the map', async () => {
    const [bakery] = await marseilleBakeries();
    const { page } = await openPage(e2e.browser, { viewport: PHONE });
    await page.clock.setFixedTime(MONDAY_MORNING);
    await page.goto(`${e2e.server.origin(SLUG)}/l/${bakery!.id}`);
    await page.locator('#listing-card-title').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'listing-card-title');
    const card = await page.locator('.listing-card').evaluate((element) => ({ top: element.getBoundingClientRect().top, viewport: window.innerHeight }));
    // Layout places the card on fractional pixels: a fraction above the top edge is still the top.
    assert.ok(Math.round(card.top) >= 0 && card.top < card.viewport / 3, `card top at ${card.top} px of ${card.viewport}`);
    assert.ok(await page.locator('.card-status').isVisible());
    const status = await page.locator('.card-status').evaluate((element) => element.getBoundingClientRect().bottom);
    assert.ok(status <= card.viewport, 'the status line under the title is on screen too');
    await page.context().close();
  });

  for (const [locale, heading, register, manage] of [
    ['fr-FR', 'Vous êtes commerçant ?', 'Inscrire votre commerce', 'Mettre à jour votre fiche'],
    ['en-GB', 'Are you a shopkeeper?', 'Register your business', 'Update your listing'],
  ] as const) {
    it(`leads a shopkeeper from the map to registration and to their listing (${locale})`, async () => {
      // Without a private link, /ma-fiche asks who is there and is told no one (401), then offers to send the link.
      const page = await openMap('/', { locale, expectedConsoleErrors: [statusLogged(401, /\/api\/v1\/self-service\/listing$/)] });
      const links = page.getByRole('navigation', { name: heading });
      await links.getByRole('link', { name: register }).click();
      await page.waitForURL(/\/inscription$/);
      await page.locator('h1').first().waitFor();
      await page.goBack();
      await waitForListings(page);
      await links.getByRole('link', { name: manage }).click();
      await page.waitForURL(/\/ma-fiche$/);
      await page.locator('h1').first().waitFor();
      await page.context().close();
    });
  }

  it('tells the status of a starred place in "Mes lieux" once the map has moved away from it', async () => {
    const [bakery] = await marseilleBakeries();
    const page = await openMap(`/?c=43.29600,5.38000&z=14&l=${bakery!.id}`);
    await page.locator('#listing-card-title').waitFor();
    const onCard = await page.locator('.card-status .status-badge').textContent();
    assert.ok(onCard);
    await page.locator('.my-places .star').click();
    await page.locator('.my-places li').filter({ hasText: bakery!.properties.name }).waitFor();
    await page.getByRole('button', { name: 'Fermer la fiche' }).click();
    await page.locator('#place-search').fill('Aix-en-Provence');
    await page.keyboard.press('Enter');
    // The list sorts itself from Aix at once, before the map's answer for Aix: wait for that answer.
    await page.waitForURL((url) => url.searchParams.get('c') !== '43.29600,5.38000');
    await page.waitForFunction(
      (id) => document.querySelector('.listing-list')?.getAttribute('aria-busy') === 'false' && document.querySelector(`[data-listing-id="${CSS.escape(id)}"]`) === null,
      bakery!.id,
    );
    assert.ok((await listCount(page)) > 0, 'the list holds the places around Aix');
    const saved = page.locator('.my-places li').filter({ hasText: bakery!.properties.name });
    assert.equal(await saved.locator('.status-badge').textContent(), onCard);
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });
});
