/**
 * Web performance figures, printed, not asserted:
 *  - bundle sizes (gzip) from the build output, and the first-load JavaScript of the map page;
 *  - the background tiles a first view of the map downloads, beside the first-load JS;
 *  - in Chromium with a 4× CPU slowdown (a mid-range phone): time until the map is interactive,
 *    and the same with 50,000 listings in the region, drawn through clustering.
 *
 *   npm run bench:web      (builds first)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { DEMO_SEED, DEMO_TENANTS } from '../seed/demo-tenants.ts';
import { generateListings } from '../seed/factories.ts';
import { launchBrowser, openPage } from '../tests/support/browser.ts';
import { startTestServer } from '../tests/support/server.ts';

const CLIENT = 'dist/client';
const CPU_SLOWDOWN = 4;
const RUNS = 5;
const BUDGET_KB = 150;

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

function bundleSizes(): number {
  const html = readFileSync(join(CLIENT, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script type="module"[^>]*src="\/([^"]+)"/g), ...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1] as string);
  const assets = readdirSync(join(CLIENT, 'assets')).sort();
  // The page loads its default language right after the entry, before drawing anything.
  const language = assets.find((file) => /^fr-.*\.js$/.test(file));
  const firstLoad = [...entry, ...(language ? [`assets/${language}`] : [])];
  console.log('Bundle (gzip -9)');
  for (const file of assets) {
    const path = join(CLIENT, 'assets', file);
    const mark = firstLoad.includes(`assets/${file}`) ? '  first load' : '';
    console.log(`  ${file.padEnd(44)} ${kb(readFileSync(path).length).padStart(7)} kB raw ${kb(gzipSize(path)).padStart(6)} kB gzip${mark}`);
  }
  const total = firstLoad.reduce((sum, file) => sum + gzipSize(join(CLIENT, file)), 0);
  console.log(`  first-load JS of the map page: ${kb(total)} kB gzip (budget ${BUDGET_KB} kB) ${total <= BUDGET_KB * 1000 ? 'within budget' : 'OVER BUDGET'}`);
  return total;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function throttled(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/** Milliseconds from navigation start until markers are drawn and the list holds them. */
async function timeToInteractive(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('.listing-list')?.getAttribute('aria-busy') === 'false' && document.querySelector('.listing-marker, .cluster-marker') !== null, undefined, { timeout: 120_000 });
  return page.evaluate(() => performance.now());
}

/** A zoom step on the clustered map: from the key press to the new clusters on screen. */
async function zoomStep(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const map = document.querySelector('.leaflet-container') as HTMLElement;
        const before = document.querySelector('.leaflet-marker-pane')?.innerHTML;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('.leaflet-marker-pane')?.innerHTML !== before) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.querySelector('.leaflet-marker-pane') as Node, { childList: true, subtree: true });
        map.focus();
        map.dispatchEvent(new KeyboardEvent('keydown', { key: '+', code: 'Equal', keyCode: 187, bubbles: true }));
      }),
  );
}

const OWN_TILE = /\/tiles\/\d+\/\d+\/\d+$/;

/** Background tiles a first view downloads: how many, and their bytes as sent. */
async function firstViewTiles(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<{ count: number; bytes: number }> {
  const { page } = await openPage(browser, { viewport });
  const sizes: Array<Promise<number>> = [];
  page.on('response', (response) => {
    if (OWN_TILE.test(response.url()) && response.status() === 200) sizes.push(response.body().then((body) => body.length));
  });
  await page.goto(url);
  await page.waitForSelector('img.leaflet-tile-loaded');
  // The first view is complete once the network has been quiet for half a second.
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await page.context().close();
  return { count: sizes.length, bytes };
}

function syntheticRegion(count: number): string {
  const demo = DEMO_TENANTS[0];
  if (!demo) throw new Error('no demo tenant');
  const listings = generateListings({ seed: DEMO_SEED, tenantId: demo.tenant.id, communes: demo.communes, count, now: new Date() });
  const features = listings.map((l) => ({
    type: 'Feature',
    id: l.id,
    geometry: { type: 'Point', coordinates: [l.lng, l.lat] },
    properties: { id: l.id, name: l.name, category: l.category, status: l.status, commune: l.commune, address: l.address, opening_hours: l.opening_hours, last_confirmed_at: l.last_confirmed_at },
  }));
  return JSON.stringify({ type: 'FeatureCollection', kind: 'listings', features, truncated: false });
}

async function main(): Promise<void> {
  const firstLoad = bundleSizes();
  const server = await startTestServer();
  const browser = await launchBrowser();
  try {
    const slug = 'aix-marseille-provence';
    const url = `${server.origin(slug)}/`;
    const seeded: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { page } = await openPage(browser, { viewport: { width: 412, height: 915 } });
      await throttled(page);
      seeded.push(await timeToInteractive(page, url));
      await page.context().close();
    }

    const region = syntheticRegion(50_000);
    const big: number[] = [];
    const zooms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { page } = await openPage(browser, { viewport: { width: 412, height: 915 } });
      await page.route(/\/api\/v1\/listings\?/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: region }));
      await throttled(page);
      big.push(await timeToInteractive(page, url));
      zooms.push(await zoomStep(page));
      await page.context().close();
    }

    const phoneTiles = await firstViewTiles(browser, url, { width: 412, height: 915 });
    const desktopTiles = await firstViewTiles(browser, url, { width: 1440, height: 900 });

    console.log(`\nChromium, CPU slowed ${CPU_SLOWDOWN}×, 412×915 viewport, median of ${RUNS} runs`);
    console.log(`  map interactive, demo tenant (300 listings):           ${median(seeded).toFixed(0)} ms`);
    console.log(`  map interactive, 50,000 listings in the region:        ${median(big).toFixed(0)} ms (parse + cluster index + draw)`);
    console.log(`  zoom step with 50,000 listings (clusters redrawn):     ${median(zooms).toFixed(0)} ms`);
    console.log(`  first-load JS:                                         ${kb(firstLoad)} kB gzip`);
    console.log(`  background tiles, first view, phone 412×915:           ${kb(phoneTiles.bytes)} kB in ${phoneTiles.count} tiles (/tiles, local fixture)`);
    console.log(`  background tiles, first view, desktop 1440×900:        ${kb(desktopTiles.bytes)} kB in ${desktopTiles.count} tiles (/tiles, local fixture)`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
