import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { openPage, statusLogged } from '../support/browser.ts';
import { signInToConsole } from '../support/console-session.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { getFromHost } from '../support/server.ts';

const SLUG = 'cci-e2e';
const ADMIN = 'dsi@cci-e2e.fr';
const BRAND = '#0b6e4f';
const OTHER_TENANT = 'aix-marseille-provence';

const e2e = useServerAndBrowser();

const get = (slug: string, path: string) => getFromHost(e2e.server, `${slug}.localhost`, path);

async function expectAccessible(page: Page, screen: string): Promise<void> {
  assert.deepEqual(await axeViolations(page, Infinity), [], `axe on ${screen}`);
}

function csv(rows: Array<Record<string, string>>): Buffer {
  const columns = Object.keys(rows[0]!);
  return Buffer.from([columns.join(';'), ...rows.map((row) => columns.map((c) => row[c]).join(';'))].join('\n'));
}

const SHOPS = Array.from({ length: 12 }, (_, i) => ({
  nom: `Épicerie numéro ${i + 1}`,
  categorie: i % 2 ? 'grocery' : 'bakery',
  adresse: `${i + 1} rue de la République`,
  code_postal: '13001',
  commune: 'Marseille',
  code_insee: '13055',
  latitude: String(43.296 + i / 1000),
  longitude: String(5.375 + i / 1000),
  horaires: 'Mo-Sa 08:00-19:30',
  services: i % 3 ? 'delivery' : '',
}));
// One row without coordinates: placed at its commune's centroid (Aix-en-Provence).
const UNPLACED = { ...SHOPS[0]!, nom: 'Librairie du Cours', categorie: 'bookshop', code_postal: '13100', commune: 'Aix-en-Provence', code_insee: '13001', latitude: '', longitude: '' };

async function signInFromOutbox(page: Page): Promise<void> {
  await page.goto(`${e2e.server.origin(SLUG)}/console`);
  await page.getByRole('heading', { level: 1, name: /Console de CCI de bout en bout/ }).waitFor();
  await expectAccessible(page, 'sign-in');
  await signInToConsole(page, e2e.server, SLUG, ADMIN);
  assert.equal(new URL(page.url()).hash, '', 'the token leaves the address bar');
}

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu de la console' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function brandAndReviewFirst(page: Page): Promise<void> {
  await openSection(page, 'Réglages');
  await page.getByLabel('Couleur principale', { exact: true }).fill(BRAND);
  await page.getByText(/conforme RGAA/).waitFor();
  await page.getByLabel('Mode de modération').selectOption('review_first');
  await expectAccessible(page, 'settings');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.getByText('Réglages enregistrés.').waitFor();
}

async function importFile(page: Page, rows: Array<Record<string, string>>): Promise<void> {
  await page.getByLabel('Fichier CSV ou GeoJSON').setInputFiles({ name: 'commerces.csv', mimeType: 'text/csv', buffer: csv(rows) });
  await page.getByRole('group', { name: /Correspondance des colonnes/ }).waitFor();
  const geocoder = page.getByLabel(/Géoplateforme/);
  if (await geocoder.isChecked()) await geocoder.uncheck();
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await page.getByRole('heading', { name: 'Rapport de vérification' }).waitFor();
}

/** A shopkeeper registers through the public API, as the registration form does. */
async function registerShop(page: Page): Promise<string> {
  await page.goto(`${e2e.server.origin(SLUG)}/`);
  return page.evaluate(async () => {
    const form = (await (await fetch('/api/v1/registrations/form')).json()) as { formToken: string };
    // The form refuses a submission sent faster than a person fills it in.
    await new Promise((resolve) => setTimeout(resolve, 4200));
    const response = await fetch('/api/v1/registrations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Fromagerie du Panier', siret: '44306184100047', category: 'cheese', address: '3 place de Lenche', postcode: '13002',
        commune: 'Marseille', communeInsee: '13055', lat: 43.2985, lng: 5.3655, phone: '04 91 00 00 00', email: 'fromager@example.fr',
        website: '', openingHours: 'Tu-Sa 09:00-19:00', services: ['takeaway'], status: 'open', formToken: form.formToken, turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX',
      }),
    });
    const body = (await response.json()) as { listingId?: string; published?: boolean };
    if (response.status !== 201 || body.published !== false) throw new Error(`registration answered ${response.status} ${JSON.stringify(body)}`);
    return body.listingId!;
  });
}

describe('a new CCI, from nothing to a branded, populated map, with the CLI and the console', () => {
  it('provisions, signs in from the outbox, brands, imports, approves a registration that then shows on its map only', async () => {
    const started = performance.now();
    const created = spawnSync(
      'node_modules/.bin/tsx',
      ['scripts/tenant.ts', 'create', '--slug', SLUG, '--name', 'CCI de bout en bout', '--domain', 'vitrine.cci-e2e.fr', '--admin', ADMIN,
        '--centre', '43.3,5.4', '--bounds', '4.9,43.1,5.9,43.8', '--departements', '13', '--persist-to', e2e.server.stateDir],
      { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
    );
    assert.equal(created.status, 0, created.stderr);

    const { page } = await openPage(e2e.browser, {
      // Signed out, the console asks for its session, is answered 401 and shows the sign-in form.
      expectedConsoleErrors: [statusLogged(401, /\/api\/v1\/console\/session$/)],
    });
    await signInFromOutbox(page);
    await brandAndReviewFirst(page);

    await openSection(page, 'Import');
    await importFile(page, [...SHOPS.slice(0, 3), { ...SHOPS[3]!, horaires: 'quand on peut' }]);
    const badRow = page.locator('[data-import-error-line="5"]');
    await badRow.waitFor();
    assert.match((await badRow.textContent()) ?? '', /Horaires/);
    assert.equal(await page.getByRole('button', { name: /^Importer les/ }).count(), 0, 'no import is offered while a row is bad');
    await expectAccessible(page, 'import report');
    await importFile(page, [...SHOPS, UNPLACED]);
    await page.getByText('13 lignes : 13 valides, 0 en erreur, 1 placées par géocodage.').waitFor();
    await page.getByRole('button', { name: 'Importer les 13 fiches' }).click();
    await page.getByText('13 fiches importées et publiées.').waitFor();

    const registered = await registerShop(await page.context().newPage());
    await openSection(page, 'Modération');
    const row = page.locator('tr', { hasText: 'Fromagerie du Panier' });
    await row.waitFor();
    await expectAccessible(page, 'moderation');
    // A moderator corrects the registration before approving it, without leaving the queue.
    await row.getByRole('button', { name: 'Modifier la fiche « Fromagerie du Panier »' }).click();
    await page.getByRole('heading', { name: 'Fromagerie du Panier' }).waitFor();
    await page.getByLabel('Site web').fill('https://fromagerie-du-panier.fr');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Fiche enregistrée.').waitFor();
    await page.getByRole('button', { name: 'Retour à la file de modération' }).click();
    await row.waitFor();
    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Approuver' }).click();
    await page.getByText('Éléments approuvés : 1.').waitFor();

    // The admin who branded the map looks at it: their browser reads past the edge cache, which
    // others' answers leave within its stated age.
    const map = await page.context().newPage();
    await map.goto(`${e2e.server.origin(SLUG)}/`);
    await map.waitForSelector('.leaflet-container');
    await map.locator(`[data-listing-id="${registered}"]`).first().waitFor();
    const brand = await map.locator('.masthead').evaluate((el) => getComputedStyle(el).backgroundColor);
    const seconds = (performance.now() - started) / 1000;
    console.log(`nothing → branded populated map: ${seconds.toFixed(1)} s (CLI, sign-in, branding, import of 13 listings, one approval)`);
    assert.equal(brand, 'rgb(11, 110, 79)');
    assert.ok((await map.locator('[data-listing-id]').count()) >= 10);

    const approved = await get(SLUG, `/api/v1/listings/${registered}`);
    assert.equal(approved.status, 200);
    assert.match(approved.body, /fromagerie-du-panier\.fr/, 'the correction made from the queue is published');
    assert.equal((await get(OTHER_TENANT, `/api/v1/listings/${registered}`)).status, 404);
    assert.ok(!(await get(OTHER_TENANT, '/api/v1/listings?bbox=4.9,43.1,5.9,43.8&limit=2000')).body.includes(registered));

    for (const [section, ready] of [['Statistiques', 'figure'], ['Intégration', 'textarea'], ['Fiches', 'table']] as const) {
      await openSection(page, section);
      await page.locator(`main ${ready}`).first().waitFor();
      await expectAccessible(page, section);
    }
    await page.context().close();
  });
});
