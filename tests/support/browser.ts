import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const GEOPLATEFORME = /^https:\/\/data\.geopf\.fr\//;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
}

/**
 * A console error a test provokes on purpose, such as the browser's note on a request the test
 * refuses. Both the message and the URL it is logged for must match, so keep both narrow: a
 * status or a net::ERR_ code, and the one address the test routes.
 */
export type ExpectedConsoleError = { text: RegExp; url: RegExp };

/** The browser's note on a response with this HTTP status, from an address matching `url`. */
export function statusLogged(status: number, url: RegExp): ExpectedConsoleError {
  return { text: new RegExp(`^Failed to load resource: the server responded with a status of ${status} \\(`), url };
}

/** The browser's note on a request to an address matching `url` that failed with this network error. */
export function networkErrorLogged(code: `ERR_${string}`, url: RegExp): ExpectedConsoleError {
  return { text: new RegExp(`^Failed to load resource: net::${code}$`), url };
}

/** A page that records its errors for the test to check. */
export type PageOptions = {
  locale?: string;
  viewport?: { width: number; height: number };
  /** Grants geolocation at this point; without it the browser refuses to locate. */
  geolocation?: { latitude: number; longitude: number };
  /** Console errors the test causes on purpose; say why next to each. Any other one fails the test. */
  expectedConsoleErrors?: ExpectedConsoleError[];
};

/** The contexts opened since the last check, each with what its pages logged. */
const opened: Array<{ context: BrowserContext; errors: string[] }> = [];

function describeConsoleError(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return `console.error: ${message.text()} (${url || 'no URL'}${url && lineNumber ? `:${lineNumber}` : ''})`;
}

/**
 * Opens a page in a context of its own. Uncaught errors, CSP violations and console errors of
 * every page in that context are recorded; the end-to-end session fails the test on any of them
 * (see `closeOpenedPages`). `errors` is that record as it grows, for a test that checks it sooner.
 */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'fr-FR',
    viewport: options.viewport ?? { width: 1200, height: 800 },
    ...(options.geolocation ? { geolocation: options.geolocation, permissions: ['geolocation'] } : {}),
  });
  // The Géoplateforme (geocoder, Plan IGN tiles) is unreachable in tests, as on a train: the app
  // falls back to its communes; the demo tenants draw the local tile fixture from /tiles.
  await context.route(GEOPLATEFORME, (route) => route.abort('internetdisconnected'));
  const expected: ExpectedConsoleError[] = [
    // The browser notes each of those refused requests; the ones the service worker makes for
    // the tiles it keeps offline reach the page as a failed fetch of the worker's.
    networkErrorLogged('ERR_INTERNET_DISCONNECTED', GEOPLATEFORME),
    networkErrorLogged('ERR_FAILED', GEOPLATEFORME),
    ...(options.expectedConsoleErrors ?? []),
  ];
  const errors: string[] = [];
  opened.push({ context, errors });
  context.on('weberror', (error) => errors.push(`uncaught: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (expected.some(({ text, url }) => text.test(message.text()) && url.test(message.location().url))) return;
    errors.push(describeConsoleError(message));
  });
  // A blocked resource is a broken feature: CSP violations count as page errors.
  await context.exposeFunction('__reportCspViolation', (text: string) => errors.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page: await context.newPage(), errors };
}

/** Closes the contexts `openPage` opened since the last call and answers what their pages logged. */
export async function closeOpenedPages(): Promise<string[]> {
  const closing = opened.splice(0);
  await Promise.all(closing.map(({ context }) => context.close()));
  return closing.flatMap(({ errors }) => errors);
}
