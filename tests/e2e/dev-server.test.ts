import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { closeOpenedPages, launchBrowser, openPage } from '../support/browser.ts';
import { waitForListings } from '../support/resident.ts';
import { getFromHost, getTenantJson, startDevServer, type SpawnedServer, type TenantResponse } from '../support/server.ts';

/**
 * The README's first command, as a newcomer runs it: `npm run dev` on a fresh state directory.
 * Every other end-to-end file serves the build with `vite preview`, which once stayed green while
 * the dev server crashed at start. Each route family is requested once here, because the dev
 * server loads modules on first use: a Node-only import fails there, not at start.
 */
let server: SpawnedServer | undefined;
let browser: Browser | undefined;
const dev = (): SpawnedServer => {
  if (!server) throw new Error('the dev server starts in before()');
  return server;
};

before(async () => {
  server = await startDevServer();
  browser = await launchBrowser();
});

after(async () => {
  await closeOpenedPages();
  await browser?.close();
  const running = server;
  if (!running) return;
  await running.stop();
  assert.doesNotMatch(running.output, /error when starting dev server|Unexpected Node\.js imports/i, running.output);
});

const SLUG = 'morbihan';
type Bounds = { west: number; south: number; east: number; north: number };

async function fromTenant(path: string): Promise<TenantResponse> {
  return getFromHost(dev(), `${SLUG}.localhost`, path);
}

/** A request answered, and the server still running afterwards: a crash shows here with its output. */
function assertStillUp(response: TenantResponse, status: number, what: string): void {
  assert.equal(dev().exitCode, null, `the dev server exited after ${what}:\n${dev().output}`);
  assert.equal(response.status, status, `${what} answered ${response.status}: ${response.body.slice(0, 500)}\n${dev().output.slice(-3000)}`);
}

describe('npm run dev on a fresh clone', () => {
  it('answers its health check with the seeded database', async () => {
    const response = await getFromHost(dev(), '127.0.0.1', '/api/health');
    assertStillUp(response, 200, '/api/health');
    assert.deepEqual(JSON.parse(response.body), { status: 'ok', database: 'ok' });
  });

  it("serves a tenant's page whose app script compiles", async () => {
    const page = await fromTenant('/');
    assertStillUp(page, 200, "the tenant's page");
    const script = /<script type="module" src="([^"]*main\.tsx)"/.exec(page.body)?.[1];
    assert.ok(script, `no app script in the page:\n${page.body.slice(0, 1000)}`);
    const compiled = await fromTenant(script);
    assertStillUp(compiled, 200, script);
    assert.match(String(compiled.headers['content-type']), /javascript/);
  });

  it("lists the tenant's listings, all inside its territory", async () => {
    const tenant = await getTenantJson<{ map: { bounds: Bounds } }>(dev(), SLUG, '/api/v1/tenant');
    const { west, south, east, north } = tenant.map.bounds;
    const response = await fromTenant(`/api/v1/listings?bbox=${west},${south},${east},${north}`);
    assertStillUp(response, 200, 'the listings of the viewport');
    const features = (JSON.parse(response.body) as { features: Array<{ geometry: { coordinates: [number, number] } }> }).features;
    assert.ok(features.length > 10, `only ${features.length} features in the territory`);
    for (const { geometry } of features) {
      const [lng, lat] = geometry.coordinates;
      assert.ok(lng >= west && lng <= east && lat >= south && lat <= north, `${lng},${lat} is outside the territory`);
    }
  });

  it('lists the demo tenants on the bare localhost', async () => {
    const response = await getFromHost(dev(), 'localhost', '/');
    assertStillUp(response, 200, 'the tenant directory');
    assert.match(response.body, /morbihan\.localhost/);
    assert.match(response.body, /aix-marseille-provence\.localhost/);
  });

  it('answers the first request of every route family', async () => {
    const registration = await fromTenant('/api/v1/registrations/form');
    assertStillUp(registration, 200, 'the registration form');
    assert.ok((JSON.parse(registration.body) as { formToken?: string }).formToken);

    const consoleSession = await fromTenant('/api/v1/console/session');
    assertStillUp(consoleSession, 401, 'the console session without a cookie');
    assert.ok((JSON.parse(consoleSession.body) as { error?: { code?: string } }).error?.code);

    const csv = await fromTenant('/api/v1/open-data/listings.csv');
    assertStillUp(csv, 200, 'the open-data CSV');
    const [header, firstRow] = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    assert.match(header ?? '', /^id,name,category,/);
    assert.ok(firstRow, 'the CSV has no listing');

    const geojson = await fromTenant('/api/v1/open-data/listings.geojson');
    assertStillUp(geojson, 200, 'the open-data GeoJSON');
    assert.ok((JSON.parse(geojson.body) as { features: unknown[] }).features.length > 10);

    const embed = await fromTenant('/embed');
    assertStillUp(embed, 200, 'the embed page');
    assert.match(embed.body, /<html/i);

    const id = csv.body.split('\r\n')[1]?.split(',')[0];
    const listingPage = await fromTenant(`/l/${id}`);
    assertStillUp(listingPage, 200, `/l/${id}`);
    assert.match(listingPage.body, /<meta property="og:title"/);

    const outbox = await fromTenant('/dev/outbox');
    assertStillUp(outbox, 200, 'the development outbox');
  });

  it("shows the tenant's map and list in Chromium", async () => {
    if (!browser) throw new Error('the browser starts in before()');
    const { page, errors } = await openPage(browser);
    await page.goto(`${dev().origin(SLUG)}/`);
    await waitForListings(page);
    assert.equal(await page.locator('h1').textContent(), 'CCI du Morbihan');
    assert.ok((await page.locator('[data-listing-id]').count()) > 0, 'the list is empty');
    assert.deepEqual(errors, []);
    assert.equal(dev().exitCode, null, dev().output);
  });
});
