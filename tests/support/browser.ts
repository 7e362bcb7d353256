import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// A 1×1 transparent PNG: tiles load instantly and offline.
const BLANK_TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
}

/** A page whose map tiles come from memory, and that records page errors for the test to check. */
export type PageOptions = {
  locale?: string;
  viewport?: { width: number; height: number };
  /** Grants geolocation at this point; without it the browser refuses to locate. */
  geolocation?: { latitude: number; longitude: number };
};

export async function openPage(browser: Browser, options: PageOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'fr-FR',
    viewport: options.viewport ?? { width: 1200, height: 800 },
    ...(options.geolocation ? { geolocation: options.geolocation, permissions: ['geolocation'] } : {}),
  });
  await context.route(/\/\d+\/\d+\/\d+\.png/, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_TILE }));
  // The national geocoder is unreachable in tests, as on a train: the app falls back to its communes.
  await context.route(/^https:\/\/data\.geopf\.fr\//, (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A blocked resource is a broken feature: CSP violations count as page errors.
  await page.exposeFunction('__reportCspViolation', (text: string) => errors.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, errors };
}
