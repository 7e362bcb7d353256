import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { stubTurnstile, tabTo, typeDate, typeSlowly } from '../support/registration-helpers.ts';
import { getTenantJson } from '../support/server.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';

const TENANT_A = 'aix-marseille-provence';
const TENANT_B = 'morbihan';

const e2e = useServerAndBrowser();

type OutboxMail = { listingId: string | null; recipient: string; subject: string; text: string };
type PublicListing = { id: string; status: string; name: string };

async function submitStep(page: import('playwright-core').Page, nextHeading: string): Promise<void> {
  await tabTo(page, 'button[type=submit]');
  await page.keyboard.press('Enter');
  await page.locator('h2', { hasText: nextHeading }).waitFor();
}

describe('shopkeeper registration and self-service in Chromium', () => {
  it('registers keyboard-only, mails a private link, and a "closed until" shows on tenant A only', async () => {
    const { page } = await openPage(e2e.browser);
    await stubTurnstile(page);
    const email = `e2e-${Date.now()}@example.fr`;
    const name = `Boulangerie du Vieux-Port ${Date.now() % 100000}`;

    await page.goto(`${e2e.server.origin(TENANT_A)}/inscription`);
    await page.locator('h1', { hasText: 'Inscrire mon commerce' }).waitFor();
    const a11y: string[] = await axeViolations(page);

    // Step 1: business.
    await tabTo(page, '#name');
    await typeSlowly(page, name);
    await page.keyboard.press('Tab');
    await typeSlowly(page, '443 061 841 00047');
    await page.keyboard.press('Tab');
    await typeSlowly(page, 'Boul');
    assert.equal(await page.locator('#category').inputValue(), 'bakery');
    await submitStep(page, 'Adresse');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2');

    // Step 2: address, commune from the shipped list, pin nudged from the keyboard.
    await tabTo(page, '#address');
    await typeSlowly(page, '12 quai du Port');
    // Past the "find this address" button (the national address base is out of reach here).
    await tabTo(page, '#commune-search');
    await typeSlowly(page, 'Marseille 2');
    await tabTo(page, '#commune-results button');
    assert.match((await page.evaluate(() => document.activeElement?.textContent)) ?? '', /Marseille 2e Arrondissement \(13002\)/);
    await page.keyboard.press('Enter');
    await page.locator('.pin-map .leaflet-container').waitFor();
    assert.equal(await page.locator('#postcode').inputValue(), '13002');
    a11y.push(...(await axeViolations(page)));
    await tabTo(page, '.pin-nudge button:first-child');
    await page.keyboard.press('Enter');
    await submitStep(page, 'Contact');

    // Step 3: contact; Enter in a field goes to the next step.
    await tabTo(page, '#email');
    await typeSlowly(page, email);
    await page.keyboard.press('Enter');
    await page.locator('h2', { hasText: 'Horaires' }).waitFor();
    a11y.push(...(await axeViolations(page)));

    // Step 4: hours as proposed (Monday to Saturday with a lunch break); Step 5: services.
    await submitStep(page, 'Services et situation');
    await tabTo(page, 'input[name="services-takeaway"]');
    await page.keyboard.press('Space');
    await submitStep(page, 'Vérifier et envoyer');

    // Step 6: review, Turnstile (test key), send.
    assert.match(await page.locator('.review').textContent() ?? '', /Marseille 2e Arrondissement/);
    await page.locator('button[type=submit]:not([disabled])').waitFor();
    a11y.push(...(await axeViolations(page)));
    await tabTo(page, 'button[type=submit]');
    await page.keyboard.press('Enter');
    const done = page.locator('#outcome-title');
    await done.waitFor();
    assert.equal(await done.textContent(), 'Votre commerce est sur la carte');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'outcome-title');

    // The email is in the local outbox, with the private link.
    const { mails } = await getTenantJson<{ mails: OutboxMail[] }>(e2e.server, TENANT_A, '/dev/outbox?format=json');
    const mail = mails.find((m) => m.recipient === email);
    assert.ok(mail, 'the registration email is in the outbox');
    const listingId = mail.listingId!;
    const link = mail.text.match(/(http:\/\/\S+\/ma-fiche#token=[A-Za-z0-9_-]+)/)?.[1];
    assert.ok(link && link.startsWith(`${e2e.server.origin(TENANT_A)}/ma-fiche#token=`), `link: ${link}`);

    // The link sets a __Host- session cookie over http://*.localhost (a secure context).
    await page.goto(link);
    await page.locator('#listing-title', { hasText: name }).waitFor();
    assert.equal(new URL(page.url()).hash, '');
    a11y.push(...(await axeViolations(page)));
    const cookie = (await page.context().cookies()).find((c) => c.name === '__Host-vitrine-listing');
    assert.ok(cookie, 'the session cookie was accepted');
    assert.equal(cookie.secure, true);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');

    // "Closed until", from the keyboard.
    await tabTo(page, '#closed-until');
    await typeDate(page, '#closed-until', '2026-12-31');
    await tabTo(page, '#closed-until-save');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=own-status]', { hasText: 'Fermé temporairement' }).waitFor();

    // Residents of tenant A see the new status; tenant B never sees the listing.
    const own = await getTenantJson<PublicListing>(e2e.server, TENANT_A, `/api/v1/listings/${listingId}`);
    assert.equal(own.status, 'temporarily_closed');
    const mapA = await getTenantJson<{ features: Array<{ id: string; properties: { status: string } }> }>(e2e.server, TENANT_A, '/api/v1/listings?bbox=5.36,43.29,5.38,43.31');
    assert.equal(mapA.features.find((f) => f.id === listingId)?.properties.status, 'temporarily_closed');
    await assert.rejects(getTenantJson(e2e.server, TENANT_B, `/api/v1/listings/${listingId}`), /HTTP 404/);
    const mapB = await getTenantJson<{ features: Array<{ id: string }> }>(e2e.server, TENANT_B, '/api/v1/listings?bbox=-5,41,10,51');
    assert.equal(mapB.features.some((f) => f.id === listingId), false);
    assert.deepEqual([...new Set(a11y)], [], 'axe on the registration steps and the self-service page');
    await page.context().close();
  });

  it('keeps what was typed across a reload', async () => {
    const { page } = await openPage(e2e.browser);
    await stubTurnstile(page);
    await page.goto(`${e2e.server.origin(TENANT_B)}/inscription`);
    await tabTo(page, '#name');
    await typeSlowly(page, 'Crêperie du Port');
    await page.reload();
    await page.locator('#name').waitFor();
    assert.equal(await page.locator('#name').inputValue(), 'Crêperie du Port');
    await page.context().close();
  });
});
