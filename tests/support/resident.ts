import { networkErrorLogged, type ExpectedConsoleError } from './browser.ts';
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

/** What a page logs offline: its own calls fail, and it answers from what it saved. */
export function offlineAppErrors(slug: string): ExpectedConsoleError[] {
  // The tenant's icon would come from the HTTP cache, which the tests' request routing turns off.
  return [networkErrorLogged('ERR_INTERNET_DISCONNECTED', new RegExp(`^http://${slug}\\.localhost:\\d+/(api/v1/tenant|api/v1/listings\\?.+|icons/tenant-192\\.png)$`))];
}

/**
 * Opens `url`, lets the first visit install the service worker, and reloads so that it controls
 * the page, as on a resident's second visit.
 */
export async function openUnderServiceWorker(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForListings(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await waitForListings(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Goes offline and reloads the way a resident does, the service worker answering the navigation. */
export async function reloadOffline(page: Page): Promise<void> {
  await page.context().setOffline(true);
  await page.evaluate(() => window.location.reload());
  await page.waitForLoadState('domcontentloaded');
  await waitForListings(page);
}
