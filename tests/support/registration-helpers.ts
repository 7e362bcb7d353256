import type { Page } from 'playwright-core';

/**
 * Stands in for Cloudflare's widget script, offline: it answers as the test site keys do, with
 * the dummy token, which the local Worker (dummy secret key) accepts.
 */
const WIDGET_STUB = `window.turnstile = {
  render(element, options) {
    element.textContent = 'Turnstile (test)';
    setTimeout(() => options.callback('XXXX.DUMMY.TOKEN.XXXX'), 50);
    return 'widget-' + Math.random().toString(36).slice(2);
  },
  remove() {},
};`;

export async function stubTurnstile(page: Page): Promise<void> {
  await page.route(/^https:\/\/challenges\.cloudflare\.com\/turnstile\//, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: WIDGET_STUB }),
  );
}

/** Presses Tab until the element matching `selector` has the focus: the keyboard user's way there. */
export async function tabTo(page: Page, selector: string, maxPresses = 300): Promise<void> {
  const visited: string[] = [];
  for (let i = 0; i < maxPresses; i++) {
    const here = await page.evaluate((s) => {
      const active = document.activeElement;
      return { match: active?.matches(s) ?? false, label: active ? `${active.tagName.toLowerCase()}#${active.id}.${active.className}` : 'none' };
    }, selector);
    if (here.match) return;
    visited.push(here.label);
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}; visited ${[...new Set(visited)].join(', ')}`);
}

/** Types like a person: one key at a time. */
export async function typeSlowly(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 25 });
}

/**
 * Types a date into the focused native date input. Its segments follow the browser's UI
 * locale (month first in en-US, day first in fr-FR), so both orders are tried, the keyboard way.
 */
export async function typeDate(page: Page, selector: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  for (const order of [`${month}${day}${year}`, `${day}${month}${year}`]) {
    await typeSlowly(page, order);
    if ((await page.locator(selector).inputValue()) === iso) return;
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
  }
  throw new Error(`could not type ${iso} into ${selector}`);
}

