import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { openPage, statusLogged } from '../support/browser.ts';
import { createTenant, signInToConsole } from '../support/console-session.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { shot } from '../support/screenshots.ts';

const SLUG = 'cci-fichiers';
const ADMIN = 'admin@cci-fichiers.fr';

const e2e = useServerAndBrowser();

/** The width of the focus ring drawn on the label that stands for the focused file input. */
async function ringOn(button: Locator): Promise<string> {
  return button.evaluate((element) => {
    const style = getComputedStyle(element);
    return style.outlineStyle === 'none' ? 'none' : style.outlineWidth;
  });
}

/**
 * Tab reaches the file input from the control before it, the translated button shows the focus,
 * and Space opens the file chooser: the file is chosen without a mouse.
 */
async function chooseWithKeyboard(page: Page, input: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const isFocused = () => input.evaluate((element) => element === document.activeElement);
  await input.focus();
  await page.keyboard.press('Shift+Tab');
  assert.equal(await isFocused(), false);
  await page.keyboard.press('Tab');
  assert.equal(await input.evaluate((element) => element === document.activeElement), true, 'Tab lands on the file input');
  const button = input.locator('xpath=following-sibling::label[1]');
  assert.equal(await ringOn(button), '3px', 'the button shows the keyboard focus');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(file);
}

describe('the console’s file inputs speak French', () => {
  it('labels the logo and import files with a French button, reachable and opened with the keyboard, and names the chosen file', async () => {
    createTenant(e2e.server, { slug: SLUG, name: 'CCI Fichiers', admin: ADMIN });
    const { page } = await openPage(e2e.browser, { expectedConsoleErrors: [statusLogged(401, /\/api\/v1\/console\/session$/)] });
    await signInToConsole(page, e2e.server, SLUG, ADMIN);
    const menu = page.getByRole('navigation', { name: 'Menu de la console' });

    await menu.getByRole('link', { name: 'Réglages' }).click();
    const logo = page.getByRole('button', { name: 'Logo Choisir un fichier' });
    await logo.waitFor({ state: 'attached' });
    assert.equal(await logo.getAttribute('type'), 'file');
    // The browser's own button ("Choose File") is out of sight: the input takes one pixel.
    const box = await logo.boundingBox();
    assert.ok(box && box.width <= 1 && box.height <= 1, 'the native input is visually hidden');
    await page.getByText('Choisir un fichier', { exact: true }).waitFor();
    await page.getByText('Aucun fichier choisi').waitFor();
    assert.equal(await logo.getAttribute('aria-describedby').then((ids) => ids?.split(' ').length), 2, 'the chosen file and the hint describe the input');
    await shot(page, 'console-file-input-logo-empty');
    await chooseWithKeyboard(page, logo, { name: 'mon-logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
    await page.getByText('Fichier choisi : mon-logo.gif').waitFor();
    await page.getByRole('alert').getByText('Le logo doit être une image PNG, JPEG ou WebP.').waitFor();
    await shot(page, 'console-file-input-logo-chosen');
    assert.deepEqual(await axeViolations(page, Infinity), [], 'axe on the settings with a file chosen');

    await menu.getByRole('link', { name: 'Import' }).click();
    const source = page.getByRole('button', { name: 'Fichier CSV ou GeoJSON Choisir un fichier' });
    await source.waitFor({ state: 'attached' });
    await page.getByText('Aucun fichier choisi').waitFor();
    const csv = 'nom;adresse;code postal;commune;catégorie\nBoulangerie du Cours;3 cours Mirabeau;13100;Aix-en-Provence;alimentation\n';
    await chooseWithKeyboard(page, source, { name: 'commerces.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByText('Fichier choisi : commerces.csv').waitFor();
    await page.getByRole('group', { name: /^Correspondance des colonnes \(1 ligne/ }).waitFor();
    await shot(page, 'console-file-input-import-chosen');
    assert.deepEqual(await axeViolations(page, Infinity), [], 'axe on the import with a file chosen');

    await page.getByLabel('Langue').selectOption('en');
    await page.getByText('File chosen: commerces.csv').waitFor();
    await page.getByText('Choose a file', { exact: true }).waitFor();
    await page.context().close();
  });
});
