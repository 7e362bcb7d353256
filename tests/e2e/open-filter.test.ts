import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';

const e2e = useServerAndBrowser();
const SLUG = 'morbihan';
// The whole département: its 300 demo listings, few enough to be answered as points.
const VIEW = 'c=47.85,-2.85&z=9';

/** What an entry says when it is open at that instant: open, closing soon, services running, to be confirmed or not. */
const OPEN_WORDS = /^(À confirmer · )?(Ouvert|Ferme bientôt|Services seulement(?: : [^·]+)? · en cours)\b/;

const withoutSymbol = (text: string) => text.trim().replace(/^\S+\s+/, '');

/** Every entry of the list, all pages of it, once the page has evaluated every status at its own clock. */
async function entries(page: Page, query: string): Promise<Map<string, string>> {
  await page.goto(`${e2e.server.origin(SLUG)}/?${VIEW}${query}`);
  await page.locator('.listing-item').first().waitFor();
  // The hours model comes after the first paint: from then on the statuses are the page's own.
  await page.waitForLoadState('networkidle');
  while ((await page.locator('.list-more').count()) > 0) await page.locator('.list-more').click();
  const rows = await page.locator('#listing-list li[data-listing-id]').evaluateAll((items) =>
    items.map((item) => [item.getAttribute('data-listing-id') ?? '', item.querySelector('.status-badge')?.textContent ?? '']),
  );
  return new Map(rows.map(([id, status]) => [id!, withoutSymbol(status!)]));
}

/** The list at `at` without a filter, then with `filter`: the filtered one is exactly the open part of the other. */
async function expectFilterMatchesStatuses(at: string, filter: string): Promise<number> {
  const { page } = await openPage(e2e.browser);
  await page.clock.setFixedTime(new Date(at));
  const all = await entries(page, '');
  const filtered = await entries(page, filter);
  await page.context().close();
  const closedShown = [...filtered].filter(([, status]) => !OPEN_WORDS.test(status));
  assert.deepEqual(closedShown, [], `entries under the filter at ${at} that do not say open`);
  const openOfAll = [...all].filter(([, status]) => OPEN_WORDS.test(status)).map(([id]) => id).sort();
  assert.deepEqual([...filtered.keys()].sort(), openOfAll, `open entries at ${at} missing from the filtered list, or more there`);
  assert.ok(all.size > filtered.size, `some places are closed at ${at}`);
  return filtered.size;
}

describe('the "open now" filter keeps exactly what the page says is open, at the instant it looks at', () => {
  // Monday 11 January 2027, Paris (UTC+1): 06:50, when bakeries open and restaurants do not; 18:58, near closing.
  for (const at of ['2027-01-11T05:50:00Z', '2027-01-11T17:58:00Z']) {
    it(`open now, at ${at}`, async () => {
      const kept = await expectFilterMatchesStatuses(at, '&open=now');
      assert.ok(kept > 0, 'some places are open then');
    });
  }

  it('open at an instant picked, whatever the clock says', async () => {
    await expectFilterMatchesStatuses('2027-01-12T10:00:00Z', `&open=at&at=${encodeURIComponent('2027-01-12T10:00:00.000Z')}`);
  });
});
