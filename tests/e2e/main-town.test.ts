import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, statusLogged } from '../support/browser.ts';
import { signInToConsole } from '../support/console-session.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { shot } from '../support/screenshots.ts';

const e2e = useServerAndBrowser();
const AIX = 'aix-marseille-provence';
const MORBIHAN = 'morbihan';
const ADMIN = 'reglages@cci-aix-marseille.fr';

async function placeholder(page: Page, slug: string, searchName: string): Promise<string | null> {
  await page.goto(`${e2e.server.origin(slug)}/`);
  const field = page.getByRole('searchbox', { name: searchName });
  await field.waitFor();
  return field.getAttribute('placeholder');
}

describe('the address example names the tenant’s own main town', () => {
  it('says Marseille on Aix-Marseille-Provence and Lorient on the Morbihan, in French and English, and follows the console', async () => {
    const { page: french } = await openPage(e2e.browser, { locale: 'fr-FR' });
    assert.equal(await placeholder(french, AIX, 'Adresse ou commune'), '12 rue de la République, Marseille…');
    await shot(french, 'main-town-aix', { clip: { x: 0, y: 0, width: 640, height: 200 } });
    assert.equal(await placeholder(french, MORBIHAN, 'Adresse ou commune'), '12 rue de la République, Lorient…');
    await french.getByLabel('Langue').selectOption('en');
    assert.equal(await french.getByRole('searchbox', { name: 'Address or town' }).getAttribute('placeholder'), '12 rue de la République, Lorient…');
    await french.context().close();

    const added = spawnSync('node_modules/.bin/wrangler', ['d1', 'execute', 'DB', '--local', '--persist-to', e2e.server.stateDir, '--command',
      `INSERT INTO staff (tenant_id, email, role) SELECT id, '${ADMIN}', 'admin' FROM tenants WHERE slug = '${AIX}'`], { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
    assert.equal(added.status, 0, added.stderr);
    const { page } = await openPage(e2e.browser, { expectedConsoleErrors: [statusLogged(401, /\/api\/v1\/console\/session$/)] });
    await signInToConsole(page, e2e.server, AIX, ADMIN);
    await page.getByRole('navigation', { name: 'Menu de la console' }).getByRole('link', { name: 'Réglages' }).click();
    const town = page.getByLabel('Commune principale');
    assert.equal(await town.inputValue(), 'Marseille');
    // The territory's communes are offered as the field is typed in.
    await page.waitForFunction(() => [...document.querySelectorAll('datalist option')].some((option) => (option as HTMLOptionElement).value === 'Aubagne'));
    await town.fill('Aubagne');
    await page.getByText('« 12 rue de la République, Aubagne… »').waitFor();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Réglages enregistrés.').waitFor();

    // The staff member's own browser reads past the edge cache, so it shows the change at once.
    const map = await page.context().newPage();
    assert.equal(await placeholder(map, AIX, 'Adresse ou commune'), '12 rue de la République, Aubagne…');
    await page.context().close();
  });
});
