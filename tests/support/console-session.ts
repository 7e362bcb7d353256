import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { linkFromOutbox } from './outbox.ts';
import type { TestServer } from './server.ts';

/** Signs `email` in to a tenant's console with the link the local outbox holds, as staff do. */
export async function signInToConsole(page: Page, server: TestServer, slug: string, email: string): Promise<void> {
  await page.goto(`${server.origin(slug)}/console`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
  await page.getByText('un lien de connexion vient d’être envoyé').waitFor();
  await page.goto(await linkFromOutbox(server, slug, email, /https?:\/\/\S+\/console#token=[A-Za-z0-9_-]+/));
  await page.getByRole('navigation', { name: 'Menu de la console' }).waitFor();
}

/** A new CCI on the test server's database, with one admin, made by the tenant CLI as in production. */
export function createTenant(server: TestServer, options: { slug: string; name: string; admin: string }): void {
  const created = spawnSync(
    'node_modules/.bin/tsx',
    ['scripts/tenant.ts', 'create', '--slug', options.slug, '--name', options.name, '--domain', `vitrine.${options.slug}.fr`, '--admin', options.admin,
      '--centre', '43.3,5.4', '--bounds', '4.9,43.1,5.9,43.8', '--departements', '13', '--persist-to', server.stateDir],
    { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
  );
  if (created.status !== 0) throw new Error(`tenant create ${options.slug} failed: ${created.stderr}`);
}
