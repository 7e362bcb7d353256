import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { runD1 } from '../../scripts/d1.ts';
import { luhnCheckDigit } from '../../schema/siret.ts';
import { openPage, statusLogged } from '../support/browser.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { signInToConsole } from '../support/console-session.ts';
import { enlargeText, invisibleFocus, reflowProblems } from '../support/rgaa-checks.ts';
import { waitForListings } from '../support/resident.ts';

const e2e = useServerAndBrowser();

const SLUG = 'aix-marseille-provence';
const TENANT_NAME = 'CCI Aix-Marseille-Provence';
const ADMIN = 'controle-rgaa@cci-aix-marseille-provence.example';
const origin = () => e2e.server.origin(SLUG);
// Signed out, the console asks for its session, is answered 401 and shows the sign-in form.
const CONSOLE_SIGNED_OUT = statusLogged(401, /\/api\/v1\/console\/session$/);
// Signed out, the shopkeeper's page asks for its listing and is answered 401.
const SELF_SERVICE_SIGNED_OUT = statusLogged(401, /\/api\/v1\/self-service\//);

const CONSOLE_SECTIONS = ['moderation', 'listings', 'settings', 'import', 'stats', 'crisis', 'embed', 'staff'];

/** A console section once its data is in: a form or a chart still loading would hide what overflows. */
async function openConsoleSection(page: Page, section: string): Promise<void> {
  await page.goto(`${origin()}/console/${section}`);
  await page.locator(`.console-nav a[aria-current="page"][href="/console/${section}"]`).waitFor();
  await page.waitForFunction(() => !document.querySelector('.console-main [role="status"]')?.textContent?.match(/^(Chargement|Loading)…$/));
  await page.waitForLoadState('networkidle');
}

/**
 * Presses the first cluster and counts the frames until the map has arrived where the cluster
 * splits, which the address says once the map stops (-1 with no cluster). Passed as source: tsx
 * would give a named inner function a helper the page does not have.
 */
const FRAMES_TO_ARRIVE = `new Promise((resolve) => {
  const cluster = document.querySelector('.leaflet-marker-pane .cluster-marker');
  if (!cluster) return resolve(-1);
  const before = location.search;
  let frames = 0;
  const tick = () => {
    if (location.search !== before || frames > 600) return resolve(frames);
    frames += 1;
    requestAnimationFrame(tick);
  };
  cluster.click();
  tick();
})`;

async function firstListingId(page: Page): Promise<string> {
  const id = await page.locator('[data-listing-id]').first().getAttribute('data-listing-id');
  assert.ok(id, 'the map lists a business');
  return id;
}

/** Screens a resident or a shopkeeper reaches without signing in, each drawn and ready. */
const PUBLIC_SCREENS: Array<{ name: string; path: string; ready: (page: Page) => Promise<void> }> = [
  { name: 'map and list', path: '/', ready: waitForListings },
  { name: 'registration', path: '/inscription', ready: async (page) => void (await page.locator('#name').waitFor()) },
  { name: 'self-service link request', path: '/ma-fiche', ready: async (page) => void (await page.locator('#link-email').waitFor()) },
  { name: 'accessibility statement', path: '/accessibilite', ready: async (page) => void (await page.locator('.statement h2').first().waitFor()) },
  { name: 'console sign-in', path: '/console', ready: async (page) => void (await page.locator('input[type=email]').waitFor()) },
  { name: 'embed', path: '/embed', ready: async (page) => void (await page.locator('main').waitFor()) },
];

describe('RGAA checks axe cannot make', () => {
  before(() => {
    runD1({ remote: false, persistTo: e2e.server.stateDir }, `INSERT INTO staff (tenant_id, email, role) SELECT id, '${ADMIN}', 'admin' FROM tenants WHERE slug = '${SLUG}'`);
  });

  it('reflows at 320 px and keeps every text at 200 % without horizontal scrolling or loss (10.11, 10.4)', async () => {
    const { page } = await openPage(e2e.browser, { expectedConsoleErrors: [CONSOLE_SIGNED_OUT, SELF_SERVICE_SIGNED_OUT] });
    const found: string[] = [];
    const check = async (screen: string) => {
      for (const [mode, viewport, percent] of [['320 px wide', { width: 320, height: 640 }, 100], ['text at 200 %', { width: 1280, height: 800 }, 200]] as const) {
        await page.setViewportSize(viewport);
        await enlargeText(page, percent);
        for (const problem of await reflowProblems(page)) found.push(`${screen}, ${mode}: ${problem}`);
        await enlargeText(page, 100);
      }
    };
    for (const screen of PUBLIC_SCREENS) {
      await page.goto(`${origin()}${screen.path}`);
      await screen.ready(page);
      await check(screen.name);
    }
    await page.goto(`${origin()}/`);
    await waitForListings(page);
    await page.goto(`${origin()}/l/${await firstListingId(page)}`);
    await page.locator('.listing-card h2').waitFor();
    await check('card');
    await signInToConsole(page, e2e.server, SLUG, ADMIN);
    for (const section of CONSOLE_SECTIONS) {
      await openConsoleSection(page, section);
      await check(`console ${section}`);
    }
    assert.deepEqual(found, []);
  });

  it('shows where the focus is on every element a keyboard reaches (10.7)', async () => {
    const { page } = await openPage(e2e.browser, { expectedConsoleErrors: [CONSOLE_SIGNED_OUT, SELF_SERVICE_SIGNED_OUT] });
    const found: string[] = [];
    for (const screen of PUBLIC_SCREENS) {
      await page.goto(`${origin()}${screen.path}`);
      await screen.ready(page);
      // Listings still arriving would redraw the markers under the keyboard.
      await page.waitForLoadState('networkidle');
      const { stops, problems } = await invisibleFocus(page, 60);
      assert.ok(stops > 1, `${screen.name}: the keyboard reaches more than one element`);
      found.push(...problems.map((problem) => `${screen.name}: ${problem}`));
    }
    await signInToConsole(page, e2e.server, SLUG, ADMIN);
    await page.goto(`${origin()}/console/settings`);
    await page.locator('.console-nav a[aria-current="page"][href="/console/settings"]').waitFor();
    found.push(...(await invisibleFocus(page, 80)).problems.map((problem) => `console settings: ${problem}`));
    assert.deepEqual(found, []);
  });

  it('turns every map animation off when the system asks for less motion, and only then', async () => {
    const watch = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page } = await openPage(e2e.browser);
      await page.emulateMedia({ reducedMotion });
      await page.goto(`${origin()}/`);
      await waitForListings(page);
      await page.waitForLoadState('networkidle');
      const container = page.locator('.map .leaflet-container, .leaflet-container.map').first();
      const fades = await container.evaluate((el) => el.classList.contains('leaflet-fade-anim'));
      // Leaflet marks its map pane with leaflet-zoom-anim for the length of an animated zoom.
      await container.evaluate((el) => {
        const pane = el.querySelector('.leaflet-map-pane') as HTMLElement;
        const seen = { animated: false };
        (window as unknown as { zoomSeen: typeof seen }).zoomSeen = seen;
        new MutationObserver(() => {
          if (pane.classList.contains('leaflet-zoom-anim')) seen.animated = true;
        }).observe(pane, { attributes: true, attributeFilter: ['class'] });
      });
      const zoomBefore = await page.evaluate(() => new URL(location.href).searchParams.get('z'));
      await page.locator('.leaflet-control-zoom-in').click();
      await page.waitForFunction((before) => new URL(location.href).searchParams.get('z') !== before, zoomBefore);
      const zoomAnimated = await page.evaluate(() => (window as unknown as { zoomSeen: { animated: boolean } }).zoomSeen.animated);
      const transition = await page.locator('.leaflet-control-zoom-in').evaluate((el) => getComputedStyle(el).transitionDuration);
      await page.waitForLoadState('networkidle');
      // A pressed cluster takes the map to where it splits: a jump arrives at once, a flight frames later.
      const framesToArrive = await page.evaluate<number>(FRAMES_TO_ARRIVE);
      await page.context().close();
      return { fades, zoomAnimated, transition, framesToArrive };
    };
    const still = await watch('reduce');
    assert.deepEqual({ ...still, framesToArrive: undefined }, { fades: false, zoomAnimated: false, transition: '0s', framesToArrive: undefined }, 'no fade, no animated zoom, no transition');
    assert.ok(still.framesToArrive >= 0 && still.framesToArrive <= 1, `a pressed cluster jumps (${still.framesToArrive} frames)`);
    const moving = await watch('no-preference');
    assert.equal(moving.fades, true, 'tiles fade in without the preference');
    assert.equal(moving.zoomAnimated, true, 'zooms are animated without the preference');
    assert.ok(moving.framesToArrive >= 8, `a pressed cluster flies without the preference (${moving.framesToArrive} frames)`);
  });

  it('offers a skip link first, visible when focused, that takes the keyboard to the content', async () => {
    const { page } = await openPage(e2e.browser, { expectedConsoleErrors: [SELF_SERVICE_SIGNED_OUT, CONSOLE_SIGNED_OUT] });
    const screens: Array<{ path: string; ready: (page: Page) => Promise<void>; target: string; signIn?: boolean }> = [
      { path: '/', ready: waitForListings, target: '#listing-list' },
      { path: '/inscription', ready: async (p) => void (await p.locator('#name').waitFor()), target: '#shopkeeper-main' },
      { path: '/ma-fiche', ready: async (p) => void (await p.locator('#link-email').waitFor()), target: '#shopkeeper-main' },
      { path: '/accessibilite', ready: async (p) => void (await p.locator('.statement').waitFor()), target: '#shopkeeper-main' },
      { path: '/console/moderation', ready: async (p) => void (await p.locator('.console-nav').waitFor()), target: '#console-main', signIn: true },
    ];
    for (const screen of screens) {
      if (screen.signIn) await signInToConsole(page, e2e.server, SLUG, ADMIN);
      await page.goto(`${origin()}${screen.path}`);
      await screen.ready(page);
      await page.keyboard.press('Tab');
      const skip = page.locator(':focus');
      assert.equal(await skip.evaluate((el) => el.classList.contains('skip-link')), true, `${screen.path}: the first Tab reaches the skip link`);
      const box = await skip.boundingBox();
      const viewport = page.viewportSize();
      assert.ok(box && viewport && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.height > 10, `${screen.path}: the focused skip link is on screen (${JSON.stringify(box)})`);
      assert.equal(await skip.getAttribute('href'), screen.target);
      await page.keyboard.press('Enter');
      // The next Tab goes on from the content, past the header and the controls before it.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate((target) => document.activeElement?.closest(target) !== null || document.activeElement?.matches(target), screen.target), true, `${screen.path}: after the skip link, the keyboard is in ${screen.target}`);
    }
  });

  it('gives every screen its own title, naming the screen and the CCI (8.5, 8.6)', async () => {
    const { page } = await openPage(e2e.browser, { expectedConsoleErrors: [CONSOLE_SIGNED_OUT, SELF_SERVICE_SIGNED_OUT] });
    const titles = new Map<string, string>();
    const titleOf = async (screen: string) => {
      // Titles are set once the screen has drawn its content.
      await page.waitForFunction(() => document.title !== 'Vitrine' && document.title.trim() !== '');
      titles.set(screen, await page.title());
    };
    for (const screen of PUBLIC_SCREENS) {
      await page.goto(`${origin()}${screen.path}`);
      await screen.ready(page);
      await titleOf(screen.name);
    }
    await page.goto(`${origin()}/`);
    await waitForListings(page);
    const listing = page.locator('[data-listing-id]').first();
    const name = (await listing.locator('h3, h2, strong, button').first().textContent())?.trim() ?? '';
    await listing.locator('button, a').first().click();
    await page.locator('.listing-card h2').waitFor();
    await page.waitForFunction((tenant) => document.title !== tenant, TENANT_NAME);
    await titleOf('card');
    assert.ok(titles.get('card')?.startsWith(`${(await page.locator('.listing-card h2').textContent())?.trim()} — `), `the card's title names the business (${titles.get('card')}, ${name})`);
    await page.goto(`${origin()}/inscription`);
    await page.locator('#name').fill('Titre unique');
    const siren = `99000001${luhnCheckDigit('99000001')}`;
    await page.locator('#siret').fill(`${siren}0001${luhnCheckDigit(`${siren}0001`)}`);
    await page.locator('#category').selectOption('grocery');
    await page.locator('button[type=submit]').click();
    await page.locator('#address').waitFor();
    await titleOf('registration, address step');
    await page.evaluate(() => localStorage.clear());
    await signInToConsole(page, e2e.server, SLUG, ADMIN);
    for (const section of CONSOLE_SECTIONS) {
      await page.locator(`.console-nav a[href="/console/${section}"]`).click();
      await page.locator(`.console-nav a[aria-current="page"][href="/console/${section}"]`).waitFor();
      await titleOf(`console ${section}`);
    }
    const all = [...titles.values()];
    assert.equal(new Set(all).size, all.length, `no two screens share a title: ${JSON.stringify(Object.fromEntries(titles), null, 1)}`);
    for (const [screen, title] of titles) {
      if (screen !== 'embed') assert.match(title, new RegExp(`${TENANT_NAME}$`), `${screen}: the title ends with the CCI's name`);
    }
  });

  it('ties each form error to its field, marks the field invalid and takes the focus there (11.10)', async () => {
    const { page } = await openPage(e2e.browser, { expectedConsoleErrors: [CONSOLE_SIGNED_OUT, SELF_SERVICE_SIGNED_OUT] });
    /** Each invalid field's own error, read through aria-describedby. */
    const describedErrors = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[aria-invalid="true"]')].map((field) => ({
          field: field.id,
          said: (field.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim(),
        })),
      );

    // Registration: the summary takes the focus, is announced, and links to each field.
    await page.goto(`${origin()}/inscription`);
    await page.locator('#name').waitFor();
    await page.locator('button[type=submit]').click();
    await page.locator('#error-summary').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary', 'focus goes to the error summary');
    assert.equal(await page.locator('#error-summary').getAttribute('role'), 'alert');
    const registration = await describedErrors();
    assert.deepEqual(registration.map((e) => e.field).sort(), ['category', 'name', 'siret']);
    for (const error of registration) {
      assert.ok(error.said.length > 0, `${error.field}: its error is read with it`);
      assert.match((await page.locator('#error-summary').textContent()) ?? '', new RegExp(error.said.split(' ')[0]!), `${error.field}: the summary says it too`);
    }
    await page.locator('#error-summary a[href="#siret"]').click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'siret', 'a summary link takes the focus to its field');

    // The shopkeeper's link request and the console's sign-in: focus on the one field, its error read with it.
    for (const form of [
      { path: '/ma-fiche', field: '#link-email' },
      { path: '/console', field: 'input[type=email]' },
    ]) {
      await page.goto(`${origin()}${form.path}`);
      await page.locator(form.field).fill('pas-une-adresse');
      await page.locator('button[type=submit]').first().click();
      await page.locator(`${form.field}[aria-invalid="true"]`).waitFor();
      assert.equal(await page.evaluate((selector) => document.activeElement?.matches(selector), form.field), true, `${form.path}: focus goes to the invalid field`);
      const [error] = await describedErrors();
      assert.ok(error && error.said.length > 0, `${form.path}: the error is read with the field`);
    }
  });

  it('says status changes through live regions that were there before the change (7.5)', async () => {
    const { page } = await openPage(e2e.browser, { expectedConsoleErrors: [CONSOLE_SIGNED_OUT, SELF_SERVICE_SIGNED_OUT] });
    /** Marks the live region now, then answers its role once the same element says `until` after `change`. */
    const liveAfter = async (selector: string, change: () => Promise<void>, until: RegExp) => {
      const region = page.locator(selector).first();
      await region.evaluate((el) => el.setAttribute('data-live-before', ''));
      const role = await region.evaluate((el) => el.getAttribute('role') ?? el.getAttribute('aria-live'));
      await change();
      await page.locator(`${selector}[data-live-before]`).filter({ hasText: until }).waitFor();
      return role;
    };
    const not = (text: string) => new RegExp(`^(?!${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$).+`);

    await page.goto(`${origin()}/`);
    await waitForListings(page);
    const before = ((await page.locator('.list-count').textContent()) ?? '').trim();
    assert.match(before, /\d+ commerces/);
    assert.equal(
      await liveAfter('.list-count', async () => {
        await page.locator('#product-search').fill('boulangerie');
        await page.locator('#product-search').press('Enter');
      }, not(before)),
      'status',
      'the list count is a status region',
    );

    await page.goto(`${origin()}/ma-fiche`);
    await page.locator('#link-email').fill('quelquun@example.fr');
    assert.equal(await liveAfter('section[aria-labelledby="link-title"] [role="status"]', () => page.locator('button[type=submit]').first().click(), /.+/), 'status', 'the shopkeeper page says a link was sent in a status region');

    await page.goto(`${origin()}/console`);
    await page.locator('input[type=email]').fill(ADMIN);
    assert.equal(await liveAfter('.console-status', () => page.locator('button[type=submit]').click(), /lien/), 'status', 'the console says a link was sent in a status region');

    await page.goto(`${origin()}/inscription`);
    await page.locator('#name').waitFor();
    await page.locator('button[type=submit]').click();
    // The refusal is an alert: read at once, interrupting.
    assert.equal(await page.locator('#error-summary').getAttribute('role'), 'alert');
  });
});
