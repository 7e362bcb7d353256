import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { openPage, type PageOptions } from '../support/browser.ts';
import { afterListChanges, drawnCount, listCount, listedIds, tabTo, waitForListings } from '../support/resident.ts';
import { getTenantJson } from '../support/server.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';

const e2e = useServerAndBrowser();

const SLUG = 'aix-marseille-provence';
type Collection = { kind: string; features: Array<{ id: string; properties: { name: string; category: string; open_now?: boolean } }> };

async function openMap(path = '/', options: PageOptions = {}): Promise<{ page: Page }> {
  const opened = await openPage(e2e.browser, options);
  await opened.page.goto(`${e2e.server.origin(SLUG)}${path}`);
  await waitForListings(opened.page);
  return opened;
}

/** The coming Wednesday in Marseille (today on a Wednesday): days from today, and its date. */
function daysUntilParisWednesday(): { offset: number; date: string } {
  const now = new Date();
  const weekday = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', weekday: 'short' }).format(now);
  const offset = (3 - ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(weekday) + 7) % 7;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return { offset, date: date.toISOString().slice(0, 10) };
}

/** A weekday morning, 10:00 in Marseille: bakeries are open, so the card's summary is known. */
function nextWednesdayMorning(): Date {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + ((3 - date.getUTCDay() + 7) % 7 || 7));
  const iso = date.toISOString().slice(0, 10);
  const offset = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', timeZoneName: 'shortOffset' }).formatToParts(new Date(`${iso}T09:00:00Z`)).find((part) => part.type === 'timeZoneName')?.value;
  return new Date(`${iso}T10:00:00${offset === 'GMT+2' ? '+02:00' : '+01:00'}`);
}

describe('resident map in Chromium', () => {
  it('filters by category: the list and the markers change together', async () => {
    const { page } = await openMap();
    const all = await listedIds(page);
    await page.getByText('Filtres', { exact: true }).click();
    const bakeries = await afterListChanges(page, () => page.getByLabel('Boulangerie', { exact: true }).check());
    assert.ok(bakeries.length > 0 && bakeries.length < all.length, `bakeries ${bakeries.length} of ${all.length}`);
    const categories = await page.locator('.listing-meta').evaluateAll((items) => items.map((item) => item.textContent ?? ''));
    assert.ok(categories.every((text) => text.startsWith('Boulangerie')), categories.join('\n'));
    assert.equal(await drawnCount(page), await listCount(page));
    assert.match(page.url(), /cat=bakery/);
    await page.context().close();
  });

  it('searches a product and lists the businesses that sell it', async () => {
    const { page } = await openMap();
    const found = await afterListChanges(page, async () => {
      await page.getByRole('searchbox', { name: 'Chercher un commerce ou un produit' }).fill('pain');
      await page.keyboard.press('Enter');
    });
    assert.ok(found.length > 0);
    const expected = await getTenantJson<Collection>(e2e.server, SLUG, `/api/v1/listings?bbox=-180,-90,180,90&q=pain&limit=2000`);
    const expectedIds = new Set(expected.features.map((f) => f.id));
    assert.ok(found.every((id) => expectedIds.has(id)));
    assert.match(page.url(), /q=pain/);
    await page.context().close();
  });

  it("opens a card and reads today's summary from the shared hours model, in French and English", async () => {
    const at = nextWednesdayMorning();
    const open = await getTenantJson<Collection>(e2e.server, SLUG, `/api/v1/listings?bbox=-180,-90,180,90&category=bakery&open=1&at=${encodeURIComponent(at.toISOString())}&limit=2000`);
    const bakery = open.features[0];
    assert.ok(bakery, 'a bakery open on Wednesday morning');
    for (const [locale, pattern] of [['fr-FR', /(Ouvert · jusqu'à|Ferme bientôt · à) \d\d:\d\d/], ['en-GB', /(Open · until|Closes soon · at) \d\d:\d\d/]] as const) {
      const { page } = await openPage(e2e.browser, { locale });
      await page.clock.setFixedTime(at);
      await page.goto(`${e2e.server.origin(SLUG)}/l/${bakery.id}`);
      const title = page.locator('#listing-card-title');
      await title.waitFor();
      assert.equal(await title.textContent(), bakery.properties.name);
      assert.match((await page.locator('.card-status .status-badge').textContent()) ?? '', pattern);
      assert.equal(await page.locator('.week-hours tr').count(), 7);
        await page.context().close();
    }
  });

  it('reopens the same view from a shared link: position, filters and card', async () => {
    const { page } = await openMap('/?c=43.29600,5.38000&z=13');
    await page.getByText('Filtres', { exact: true }).click();
    // "Open at" a weekday morning, not "open now": the list must not depend on when the test runs.
    await afterListChanges(page, () => page.getByLabel('Ouvert à une date et une heure').check());
    const wednesday = daysUntilParisWednesday();
    if (wednesday.offset > 0) {
      await page.getByLabel('Jour').selectOption(String(wednesday.offset));
      await page.waitForURL(new RegExp(`at=${wednesday.date}T`));
      await page.waitForFunction(() => document.querySelector('.listing-list')?.getAttribute('aria-busy') === 'false');
    }
    await page.locator('.listing-item').first().click();
    await page.locator('#listing-card-title').waitFor();
    const name = await page.locator('#listing-card-title').textContent();
    const shared = page.url();
    assert.match(shared, /c=43\.29600,5\.38000&z=13/);
    assert.match(shared, /open=at/);
    assert.match(shared, new RegExp(`at=${wednesday.date}T0[89](%3A|:)00`), 'Wednesday 10:00 in Marseille, in UTC');
    assert.match(shared, /l=[0-9a-z]+/);
    await page.context().close();

    const { page: other } = await openMap(new URL(shared).pathname + new URL(shared).search);
    await other.locator('#listing-card-title').waitFor();
    assert.equal(await other.locator('#listing-card-title').textContent(), name);
    await other.getByText(/^Filtres/).click();
    assert.equal(await other.getByLabel('Ouvert à une date et une heure').isChecked(), true);
    assert.equal(other.url(), shared);
    await other.context().close();
  });

  it('goes from an address to a filter to a card with the keyboard alone', async () => {
    const { page } = await openMap();
    await tabTo(page, '#place-search');
    await page.keyboard.type('Aubagne');
    // One commune matches: the map goes there without a list to choose from.
    await afterListChanges(page, () => page.keyboard.press('Enter'));
    assert.match(await page.locator('.list-order').textContent() ?? '', /Aubagne/);
    await tabTo(page, '.filter-panel summary');
    await page.keyboard.press('Enter');
    await tabTo(page, 'input[type=checkbox]');
    await afterListChanges(page, () => page.keyboard.press('Space'));
    await tabTo(page, '.listing-item');
    const name = await page.evaluate(() => document.activeElement?.querySelector('.listing-name')?.textContent);
    await page.keyboard.press('Enter');
    await page.locator('#listing-card-title').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'listing-card-title');
    assert.equal(await page.locator('#listing-card-title').textContent(), name);
    await page.context().close();
  });

  it('says clearly when location is refused', async () => {
    const { page } = await openMap();
    await page.getByRole('button', { name: 'Me localiser' }).click();
    await page.getByText(/La localisation a été refusée/).waitFor();
    await page.context().close();
  });

  it('centres the list on the resident when location is allowed', async () => {
    const { page } = await openMap('/', { geolocation: { latitude: 43.2927, longitude: 5.5708 } });
    await afterListChanges(page, () => page.getByRole('button', { name: 'Me localiser' }).click());
    assert.match(await page.locator('.list-order').textContent() ?? '', /votre position/);
    await page.context().close();
  });

  for (const locale of ['fr-FR', 'en-GB']) {
    it(`has no axe violation on the map, the list and the card (${locale})`, async () => {
      const { page } = await openMap('/', { locale });
      assert.deepEqual(await axeViolations(page), []);
      await page.locator('.filter-panel summary').click();
      assert.deepEqual(await axeViolations(page), []);
      await page.locator('.listing-item').first().click();
      await page.locator('#listing-card-title').waitFor();
      await page.locator('.card-actions button[aria-expanded]').click();
      assert.deepEqual(await axeViolations(page), []);
      await page.context().close();
    });
  }
});
