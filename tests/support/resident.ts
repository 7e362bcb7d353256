import type { Page } from 'playwright-core';

/** Waits until the map is drawn and the list holds the answer to the latest request. */
export async function waitForListings(page: Page): Promise<void> {
  await page.waitForSelector('.leaflet-container');
  await page.waitForFunction(() => document.querySelector('.listing-list')?.getAttribute('aria-busy') === 'false');
}

export async function listedIds(page: Page): Promise<string[]> {
  return page.locator('[data-listing-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-listing-id') ?? ''));
}

/** Businesses drawn on the map: single markers plus the counts inside clusters. */
export async function drawnCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.querySelectorAll('.listing-marker').length +
      [...document.querySelectorAll('.cluster-marker .cluster-count')].reduce((sum, el) => sum + Number(el.textContent), 0),
  );
}

/** Runs `change` and waits for the list to show a different set of listings. */
export async function afterListChanges(page: Page, change: () => Promise<void>): Promise<string[]> {
  const before = (await listedIds(page)).join(',');
  await change();
  await page.waitForFunction(
    (previous) =>
      document.querySelector('.listing-list')?.getAttribute('aria-busy') === 'false' &&
      [...document.querySelectorAll('[data-listing-id]')].map((item) => item.getAttribute('data-listing-id')).join(',') !== previous,
    before,
  );
  return listedIds(page);
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(page: Page, selector: string, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The number of listings the list says it holds (it shows them a page at a time). */
export async function listCount(page: Page): Promise<number> {
  return Number(/\d+/.exec((await page.locator('.list-count').textContent()) ?? '')?.[0]);
}
