import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_SIRETS } from '../../seed/demo-sirets.ts';
import { openPage } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { stubTurnstile } from '../support/registration-helpers.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { shot } from '../support/screenshots.ts';

const TENANT_A = 'aix-marseille-provence';

const e2e = useServerAndBrowser();

async function openRegistration(viewport?: { width: number; height: number }): Promise<Page> {
  const { page } = await openPage(e2e.browser, viewport ? { viewport } : {});
  await stubTurnstile(page);
  await page.goto(`${e2e.server.origin(TENANT_A)}/inscription`);
  await page.locator('h1', { hasText: 'Inscrire mon commerce' }).waitFor();
  return page;
}

const directoryPanel = (page: Page) => page.locator('.siret-directory');

async function nextStep(page: Page, heading: string): Promise<void> {
  await page.locator('button[type=submit]').click();
  await page.locator('h2', { hasText: heading }).waitFor();
}

describe('the SIRET is looked up in the company directory at registration, in Chromium', () => {
  it('fills the name and address left empty, then lets the person change them', async () => {
    const page = await openRegistration({ width: 390, height: 844 });
    await page.locator('#siret').pressSequentially('912 345 675 00017', { delay: 20 });
    await directoryPanel(page).getByText('Annuaire des entreprises : Boulangerie du Garlaban, 12 Cours Marechal Foch 13400 Aubagne.').waitFor();
    assert.equal(await page.locator('#name').inputValue(), 'Boulangerie du Garlaban');
    await directoryPanel(page).getByText('Nous avons repris le nom et l’adresse de l’annuaire : vous pouvez les modifier.').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'axe on the business step with the directory answer');
    await shot(page, 'siret-prefilled-phone', { fullPage: true });

    await page.locator('#category').selectOption('bakery');
    await nextStep(page, 'Adresse');
    assert.equal(await page.locator('#address').inputValue(), '12 Cours Marechal Foch');
    assert.equal(await page.locator('#postcode').inputValue(), '13400');
    assert.equal(await page.locator('#commune-search').inputValue(), 'Aubagne');
    await page.locator('.pin-map .leaflet-container').waitFor();

    // The person corrects the address; back on the first step nothing is overwritten, only offered.
    await page.locator('#address').fill('14 cours Maréchal Foch');
    await page.getByRole('button', { name: 'Étape précédente' }).click();
    await page.locator('h2', { hasText: 'Commerce' }).waitFor();
    const offer = page.getByRole('button', { name: 'Utiliser l’adresse de l’annuaire : 12 Cours Marechal Foch 13400 Aubagne' });
    await offer.waitFor();
    await nextStep(page, 'Adresse');
    assert.equal(await page.locator('#address').inputValue(), '14 cours Maréchal Foch');
    await page.context().close();
  });

  it('warns when the name typed differs, and replaces it only when asked', async () => {
    const page = await openRegistration();
    await page.locator('#name').fill('Pizzeria Napoli');
    await page.locator('#siret').fill(DEMO_SIRETS.aubagneBakery);
    const warning = directoryPanel(page).getByText('L’annuaire connaît ce SIRET sous le nom « Boulangerie du Garlaban ». Vérifiez le numéro, ou gardez votre nom s’il s’agit de votre enseigne.');
    await warning.waitFor();
    assert.equal(await page.locator('#name').inputValue(), 'Pizzeria Napoli');
    await shot(page, 'siret-name-differs', { fullPage: true });
    await page.getByRole('button', { name: 'Utiliser le nom « Boulangerie du Garlaban »' }).click();
    assert.equal(await page.locator('#name').inputValue(), 'Boulangerie du Garlaban');
    await warning.waitFor({ state: 'detached' });
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });

  it('warns when the directory lists the establishment as closed', async () => {
    const page = await openRegistration();
    await page.locator('#siret').fill(DEMO_SIRETS.closedShop);
    await directoryPanel(page).getByText(/^Attention : l’annuaire indique que cet établissement est fermé\./).waitFor();
    await shot(page, 'siret-closed', { fullPage: true });
    await page.context().close();
  });

  it('registers all the same when the directory is down, saying the CCI will check', async () => {
    const page = await openRegistration();
    const opened = Date.now();
    await page.locator('#name').fill(`Épicerie du Cours ${Date.now() % 100000}`);
    await page.locator('#siret').fill(DEMO_SIRETS.directoryDown);
    await directoryPanel(page).getByText('L’annuaire des entreprises ne répond pas pour le moment. Vous pouvez continuer : la CCI vérifiera votre SIRET.').waitFor();
    await shot(page, 'siret-directory-down', { fullPage: true });
    await page.locator('#category').selectOption('grocery');
    await nextStep(page, 'Adresse');
    await page.locator('#address').fill('3 cours Voltaire');
    await page.locator('#commune-search').fill('Aubagne');
    await page.locator('#commune-results button', { hasText: 'Aubagne' }).first().click();
    await page.locator('.pin-map .leaflet-container').waitFor();
    await nextStep(page, 'Contact');
    await page.locator('#email').fill(`siret-down-${Date.now()}@example.fr`);
    await nextStep(page, 'Horaires');
    await nextStep(page, 'Services et situation');
    await nextStep(page, 'Vérifier et envoyer');
    // Filled by a program, the form is faster than any person: wait out the bot check's minimum
    // (MIN_FILL_MS in worker/services/form-token.ts, 4 s since the form opened) as a reader would.
    await page.waitForTimeout(Math.max(0, 4_500 - (Date.now() - opened)));
    await page.locator('button[type=submit]:not([disabled])').click();
    await page.locator('#outcome-title').waitFor();
    await shot(page, 'siret-directory-down-sent', { fullPage: true });
    assert.equal(await page.locator('#outcome-title').textContent(), 'Votre commerce est sur la carte');
    await page.context().close();
  });
});
