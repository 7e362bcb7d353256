import type { Page } from 'playwright-core';
import { getTenantJson, type TestServer } from './server.ts';

type OutboxMail = { recipient: string; text: string };
const SIGN_IN_LINK = /https?:\/\/\S+\/console#token=[A-Za-z0-9_-]+/;

/** Signs `email` in to a tenant's console with the link the local outbox holds, as staff do. */
export async function signInToConsole(page: Page, server: TestServer, slug: string, email: string): Promise<void> {
  await page.goto(`${server.origin(slug)}/console`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
  await page.getByText('un lien de connexion vient d’être envoyé').waitFor();
  const { mails } = await getTenantJson<{ mails: OutboxMail[] }>(server, slug, '/dev/outbox?format=json');
  const link = SIGN_IN_LINK.exec(mails.find((mail) => mail.recipient === email)?.text ?? '')?.[0];
  if (!link) throw new Error(`no sign-in link for ${email} in the outbox`);
  await page.goto(link.replace(/^https?:\/\/[^/]+/, server.origin(slug)));
  await page.getByRole('navigation', { name: 'Menu de la console' }).waitFor();
}
