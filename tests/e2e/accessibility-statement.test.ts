import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { openPage, statusLogged } from '../support/browser.ts';
import { createTenant, signInToConsole } from '../support/console-session.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';

const e2e = useServerAndBrowser();

const SLUG = 'cci-declaration';
const NAME = 'CCI de la déclaration';
const ADMIN = 'referent@cci-declaration.fr';
const OTHER = 'aix-marseille-provence';

async function fillStatement(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu de la console' }).getByRole('link', { name: 'Réglages' }).click();
  const form = page.getByRole('form', { name: /Accessibilité/ });
  await form.getByLabel('Niveau de conformité au RGAA 4.1').selectOption('partial');
  await form.getByRole('button', { name: 'Enregistrer la déclaration' }).click();
  // Refused before sending, each error tied to its field.
  const auditDate = form.getByLabel('Date de l’audit');
  await page.waitForFunction(() => document.querySelector('.console-accessibility [aria-invalid="true"]') !== null);
  assert.match((await auditDate.getAttribute('aria-describedby')) ?? '', /error/);
  await auditDate.fill('2026-10-15');
  await form.getByLabel('Taux de conformité (%)').fill('62');
  await form.getByLabel('E-mail de contact accessibilité').fill('referent@cci-declaration.fr');
  await form.getByLabel('Schéma pluriannuel (https://…)').fill('https://www.cci-declaration.fr/schema-pluriannuel');
  await form.getByLabel('Non-conformités (français)').fill('Les zones de la carte ne se lisent qu’à la souris.\nLe plan de la carte n’a pas d’alternative textuelle.');
  await form.getByLabel('Non-conformités (anglais, facultatif)').fill('Map zones can only be read with a mouse.');
  await form.getByRole('button', { name: 'Enregistrer la déclaration' }).click();
  await form.getByRole('status').getByText('Déclaration d’accessibilité enregistrée.').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'axe on the console settings with the statement form');
}

async function footerLink(page: Page) {
  const link = page.getByRole('contentinfo').getByRole('link');
  await link.waitFor();
  return { text: (await link.textContent())?.trim(), href: await link.getAttribute('href') };
}

describe('the accessibility statement a CCI publishes', () => {
  it("shows the tenant's own conformity mention in every page footer and its own statement, in French and English", async () => {
    createTenant(e2e.server, { slug: SLUG, name: NAME, admin: ADMIN });
    const { page: consolePage } = await openPage(e2e.browser, {
      // Signed out, the console asks for its session, is answered 401 and shows the sign-in form.
      expectedConsoleErrors: [statusLogged(401, /\/api\/v1\/console\/session$/)],
    });
    await signInToConsole(consolePage, e2e.server, SLUG, ADMIN);
    await fillStatement(consolePage);

    // The staff member's own browser reads past the edge cache, so it shows the change at once.
    const page = await consolePage.context().newPage();
    for (const path of ['/', '/inscription']) {
      await page.goto(`${e2e.server.origin(SLUG)}${path}`);
      assert.deepEqual(await footerLink(page), { text: 'Accessibilité : partiellement conforme', href: '/accessibilite' }, `footer of ${path}`);
    }
    await page.getByRole('contentinfo').getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: `Déclaration d’accessibilité — ${NAME}` }).waitFor();
    assert.equal(await page.title(), `Déclaration d’accessibilité — ${NAME}`);
    const statement = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    assert.match(statement, /est partiellement conforme avec le référentiel général d’amélioration de l’accessibilité \(RGAA\), version 4\.1/);
    assert.match(statement, /L’audit de conformité réalisé le 15 octobre 2026 révèle que 62 % des critères/);
    assert.match(statement, /Les zones de la carte ne se lisent qu’à la souris\. Le plan de la carte n’a pas d’alternative textuelle\./);
    assert.match(statement, /Aucune dérogation n’est déclarée\./);
    assert.equal(await page.getByRole('link', { name: 'referent@cci-declaration.fr' }).getAttribute('href'), 'mailto:referent@cci-declaration.fr');
    assert.equal(await page.getByRole('link', { name: /schéma pluriannuel/ }).getAttribute('href'), 'https://www.cci-declaration.fr/schema-pluriannuel');
    assert.equal(await page.getByRole('link', { name: 'écrire un message au Défenseur des droits' }).count(), 1);
    assert.match(statement, /Libre réponse 71120, 75342 Paris CEDEX 07/);
    assert.deepEqual(await axeViolations(page), [], 'axe on the French statement');

    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('heading', { level: 1, name: `Accessibility statement — ${NAME}` }).waitFor();
    assert.equal(await page.title(), `Accessibility statement — ${NAME}`);
    assert.deepEqual(await footerLink(page), { text: 'Accessibility: partially compliant', href: '/accessibilite' });
    const inEnglish = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    assert.match(inEnglish, /The compliance audit carried out on 15 October 2026 shows that 62% of the RGAA version 4\.1 criteria are met\./);
    assert.match(inEnglish, /Map zones can only be read with a mouse\./);
    assert.doesNotMatch(inEnglish, /souris/);
    assert.deepEqual(await axeViolations(page), [], 'axe on the English statement');

    // Another CCI publishes its own statement: not audited yet, nothing of the first one.
    const { page: other } = await openPage(e2e.browser);
    await other.goto(`${e2e.server.origin(OTHER)}/`);
    assert.deepEqual(await footerLink(other), { text: 'Accessibilité : non conforme', href: '/accessibilite' });
    await other.goto(`${e2e.server.origin(OTHER)}/accessibilite`);
    await other.getByRole('heading', { level: 1, name: /Déclaration d’accessibilité — CCI Aix-Marseille-Provence/ }).waitFor();
    const otherStatement = await other.locator('main').innerText();
    assert.match(otherStatement, /est non conforme avec/);
    assert.match(otherStatement, /Aucun audit de conformité n’a encore été réalisé\./);
    assert.doesNotMatch(otherStatement, /souris|referent@/);
  });
});
