import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { runD1 } from '../../scripts/d1.ts';
import { axeViolations } from '../support/axe.ts';
import { openPage, statusLogged } from '../support/browser.ts';
import { signInToConsole } from '../support/console-session.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';

// A seeded demo tenant with listings; its admin is added by each test that needs one.
const SLUG = 'morbihan';
const ADMIN = 'equipe@cci-morbihan.example';
const TENANT = `(SELECT id FROM tenants WHERE slug = '${SLUG}')`;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const session = useServerAndBrowser();
const sql = <Row>(statement: string) => runD1<Row>({ remote: false, persistTo: session.server.stateDir }, statement);

let staffAdded = false;
async function signedInConsole(viewport: { width: number; height: number }): Promise<Page> {
  if (!staffAdded) {
    sql(`INSERT INTO staff (tenant_id, email, role) SELECT id, '${ADMIN}', 'admin' FROM tenants WHERE slug = '${SLUG}'`);
    staffAdded = true;
  }
  const { page } = await openPage(session.browser, { viewport, expectedConsoleErrors: [statusLogged(401, /\/api\/v1\/console\/session$/)] });
  await signInToConsole(page, session.server, SLUG, ADMIN);
  return page;
}

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu de la console' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Whether the element is wholly inside the window as it is scrolled now. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

describe('the CCI staff journey through the console, smoothed', () => {
  it('settings: bounds read rounded, the credit shows ©, and "Réglages enregistrés." is announced in view, on a phone and a desktop', async () => {
    // A computed bound, and a custom source whose credit was stored the old way, with an entity.
    sql(`UPDATE tenants SET bounds_north = 48.212499999999996, tile_source = 'custom', tile_url = 'https://tuiles.cci-morbihan.example/{z}/{x}/{y}.png',
      tile_attribution = '&copy; Tuiles du Morbihan' WHERE slug = '${SLUG}'`);
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await signedInConsole(viewport);
      await openSection(page, 'Réglages');
      assert.equal(await page.getByLabel('Limite nord').inputValue(), '48.2125');
      assert.equal(await page.getByLabel('Attribution', { exact: true }).inputValue(), '© Tuiles du Morbihan');
      assert.deepEqual(await axeViolations(page), [], `axe on settings at ${viewport.width} px`);
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      const saved = page.getByRole('status').filter({ hasText: 'Réglages enregistrés.' });
      await saved.waitFor();
      assert.ok(await inView(page, '.console-savebar .console-done'), `the confirmation is on screen at ${viewport.width} px`);
      assert.ok(await inView(page, '.console-savebar button[type=submit]'), `the save button is on screen at ${viewport.width} px`);
      await page.screenshot({ path: `/tmp/staff-settings-${viewport.width}.png` });
      await page.context().close();
    }
    const [stored] = sql<{ tile_attribution: string; bounds_north: number }>(`SELECT tile_attribution, bounds_north FROM tenants WHERE slug = '${SLUG}'`);
    assert.equal(stored?.tile_attribution, '© Tuiles du Morbihan', 'saved back as the text it reads');
    assert.equal(stored?.bounds_north, 48.212499999999996, 'an untouched bound keeps its exact value');
  });

  it('moderation: a report reads with its reason in words, an edit with only what changed, before and after', async () => {
    const [shop, other] = sql<{ id: string; name: string; phone: string | null }>(
      `SELECT id, name, phone FROM listings WHERE tenant_id = ${TENANT} AND published = 1 ORDER BY id LIMIT 2`,
    );
    assert.ok(shop && other);
    sql(`INSERT INTO reports (tenant_id, listing_id, reason, comment, reporter_hash, created_at, status, public_id)
      VALUES (${TENANT}, '${other.id}', 'wrong_hours', 'Fermé le lundi', 'e2e', '2026-12-01T09:00:00Z', 'open', 'e2e-staff-report')`);
    const previous = JSON.stringify({ name: shop.name, phone: '02 97 00 00 00', openingHours: 'Mo-Sa 09:00-19:00', status: 'open', statusUntil: null });
    const changes = JSON.stringify({ name: shop.name, phone: '02 97 11 11 11', openingHours: 'Mo-Sa 09:00-19:00', status: 'temporarily_closed', statusUntil: '2026-12-24' });
    sql(`INSERT INTO moderation_queue (tenant_id, listing_id, kind, mode, changes, previous, created_at, state)
      VALUES (${TENANT}, '${shop.id}', 'edit', 'publish_then_review', '${changes}', '${previous}', '2026-12-02T10:30:00Z', 'pending')`);

    const page = await signedInConsole(DESKTOP);
    await openSection(page, 'Modération');
    const report = page.locator('tr', { hasText: other.name }).filter({ hasText: 'Signalement' });
    await report.getByText('Les horaires sont faux').waitFor();
    assert.match((await report.textContent()) ?? '', /« Fermé le lundi »/);
    assert.doesNotMatch((await report.textContent()) ?? '', /wrong_hours/);
    const edit = page.locator('tr', { hasText: shop.name }).filter({ hasText: 'Modification' });
    const details = edit.locator('.console-diff');
    await details.waitFor();
    // Only the three fields that changed, each before and after, in words.
    assert.deepEqual(await details.locator('dt').allTextContents(), ['Téléphone', 'Situation', 'Fermé jusqu’au']);
    assert.equal(await details.locator('dd').nth(0).textContent(), 'avant : 02 97 00 00 00 → après : 02 97 11 11 11');
    assert.match((await details.locator('dd').nth(1).textContent()) ?? '', /^avant : Ouvert → après : Fermé temporairement$/);
    assert.equal(await details.locator('dd').nth(2).textContent(), 'avant : (vide) → après : 2026-12-24');
    assert.doesNotMatch((await edit.textContent()) ?? '', /statusUntil|openingHours/);
    assert.deepEqual(await axeViolations(page), [], 'axe on moderation');
    await edit.screenshot({ path: '/tmp/staff-moderation-edit.png' });
    await page.locator('table').screenshot({ path: '/tmp/staff-moderation.png' });
    await page.context().close();
  });

  it('export: the console downloads the CSV with semicolons and a BOM, or commas, and the GeoJSON', async () => {
    const page = await signedInConsole(DESKTOP);
    await openSection(page, 'Fiches');
    const exporter = page.getByRole('region', { name: 'Exporter les données ouvertes' });
    assert.ok(await exporter.getByLabel('Point-virgule (Excel en français)').isChecked(), 'French Excel is the default');
    assert.deepEqual(await axeViolations(page), [], 'axe on listings with the export');

    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), exporter.getByRole('link', { name }).click()]);
      return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
    };
    const semicolon = await download('Télécharger le CSV');
    assert.equal(semicolon.name, `${SLUG}-commerces.csv`);
    assert.deepEqual([...semicolon.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 BOM for Excel');
    const header = semicolon.bytes.toString('utf8').slice(1).split('\r\n')[0]!;
    assert.ok(header.startsWith('id;name;category;status;status_until;'), header);

    await exporter.getByLabel('Virgule (tableurs en anglais, outils de données)').check();
    const comma = await download('Télécharger le CSV');
    assert.ok(comma.bytes.toString('utf8').slice(1).startsWith('id,name,category,status,status_until,'));

    const geojson = await download('Télécharger le GeoJSON');
    assert.equal(geojson.name, `${SLUG}-commerces.geojson`);
    const collection = JSON.parse(geojson.bytes.toString('utf8')) as { type: string; features: unknown[] };
    assert.equal(collection.type, 'FeatureCollection');
    assert.ok(collection.features.length > 0);
    await exporter.screenshot({ path: '/tmp/staff-export.png' });
    await page.context().close();
  });
});
