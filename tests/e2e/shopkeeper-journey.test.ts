import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { axeViolations } from '../support/axe.ts';
import { stubTurnstile } from '../support/registration-helpers.ts';
import { getTenantJson } from '../support/server.ts';
import { luhnCheckDigit } from '../../schema/siret.ts';

const TENANT = 'aix-marseille-provence';
/** A Monday, the bakery's closed day. */
const MONDAY_MORNING = new Date('2026-12-07T10:00:00+01:00');

const e2e = useServerAndBrowser();

/** A valid SIRET of its own for each registration: the same one twice would be a duplicate. */
function siretOf(n: number): string {
  const body = String(77_000_000 + n);
  const siren = body + luhnCheckDigit(body);
  return siren + '0001' + luhnCheckDigit(siren + '0001');
}

type OutboxMail = { recipient: string; text: string };

async function next(page: Page, heading: string): Promise<void> {
  await page.getByRole('button', { name: 'Étape suivante' }).click();
  await page.locator('h2', { hasText: heading }).waitFor();
}

/** The first two steps, for a business on the cours Foch in Aubagne; ends on the contact step. */
async function businessAndAddress(page: Page, name: string, siret: string, street: string): Promise<void> {
  await page.goto(`${e2e.server.origin(TENANT)}/inscription`);
  await page.locator('#name').fill(name);
  await page.locator('#siret').fill(siret);
  await page.locator('#category').selectOption('bakery');
  await next(page, 'Adresse');
  await page.locator('#address').fill(street);
  await page.locator('#commune-search').fill('Aubagne');
  await page.locator('#commune-results button', { hasText: 'Aubagne' }).first().click();
  await page.locator('.pin-map .leaflet-container').waitFor();
  await next(page, 'Contact');
}

/** The Worker refuses a form sent sooner than this after it opened (MIN_FILL_MS in worker/services/form-token.ts). */
const MIN_FILL_MS = 4_000;

/** A person reads the review before sending it. */
async function readTheReview(page: Page): Promise<void> {
  await page.waitForTimeout(MIN_FILL_MS);
}

/** From the hours step on: the steps left, the review read, the form sent; the private link it mails. */
async function sendRegistration(page: Page, email: string): Promise<string> {
  await next(page, 'Services et situation');
  await next(page, 'Vérifier et envoyer');
  await readTheReview(page);
  await page.locator('button[type=submit]:not([disabled])').click();
  await page.locator('#outcome-title').waitFor();
  const { mails } = await getTenantJson<{ mails: Array<OutboxMail> }>(e2e.server, TENANT, '/dev/outbox?format=json');
  const link = mails.find((m) => m.recipient === email)?.text.match(/(http:\/\/\S+\/ma-fiche#token=[A-Za-z0-9_-]+)/)?.[1];
  assert.ok(link, 'the private link was mailed');
  return link;
}

const summaryLines = (page: Page) => page.locator('.hours-summary-box li').allTextContents();
const plain = (lines: string[]) => lines.map((line) => line.replaceAll('\u2060', ''));

describe('a bakery in Aubagne registers and updates its listing', () => {
  it('copies Tuesday onto the open days, reads its hours in French, comes back where it left, and keeps its closed Monday', async () => {
    const { page } = await openPage(e2e.browser);
    await page.clock.setFixedTime(MONDAY_MORNING);
    await stubTurnstile(page);
    const email = `aubagne-${Date.now()}@example.fr`;
    const a11y: string[] = [];

    await businessAndAddress(page, 'Boulangerie du Cours', siretOf(1), '3 cours Foch');

    // A website typed as it reads on the shop window is completed, not refused.
    await page.locator('#email').fill(email);
    await page.locator('#website').fill('www.boulangerie-du-cours.fr');
    await page.locator('#phone').focus();
    assert.equal(await page.locator('#website').inputValue(), 'https://www.boulangerie-du-cours.fr');
    await next(page, 'Horaires');

    // Closed on Monday, Tuesday's hours set, then copied onto the other open days.
    await page.locator('#day-Mo-open').uncheck();
    await page.locator('#day-Tu-start').fill('06:30');
    await page.locator('#day-Tu-end').fill('13:00');
    await page.locator('#day-Tu-start2').fill('15:30');
    await page.locator('#day-Tu-end2').fill('19:30');
    const copy = page.locator('#copy-first-day');
    assert.equal(await copy.textContent(), 'Copier les horaires du mardi sur les autres jours ouverts');
    await copy.click();
    await page.getByRole('status').filter({ hasText: 'Horaires du mardi copiés' }).waitFor();
    assert.equal(await page.locator('#day-Sa-start').inputValue(), '06:30');
    assert.equal(await page.locator('#day-Mo-open').isChecked(), false, 'Monday stays closed');
    assert.equal(await page.locator('#day-Su-open').isChecked(), false, 'Sunday stays closed');
    assert.deepEqual(plain(await summaryLines(page)), ['Du mardi au samedi : 06:30–13:00 et 15:30–19:30', 'Fermé le lundi et le dimanche', 'Fermé les jours fériés']);
    a11y.push(...(await axeViolations(page)));

    // Undo brings back the week as it was, then the copy again.
    await page.locator('#undo-copy').click();
    assert.equal(await page.locator('#day-We-start').inputValue(), '09:00');
    await page.getByRole('status').filter({ hasText: 'Copie annulée' }).waitFor();
    await copy.click();
    assert.equal(await page.locator('#day-We-start').inputValue(), '06:30');

    // A reload reopens the draft at the hours step.
    await page.reload();
    await page.locator('h2', { hasText: 'Horaires' }).waitFor();
    assert.equal(await page.locator('#day-Th-end2').inputValue(), '19:30');
    await next(page, 'Services et situation');
    await next(page, 'Vérifier et envoyer');

    const review = (await page.locator('.review').textContent()) ?? '';
    assert.match(review.replaceAll('\u2060', ''), /Du mardi au samedi : 06:30–13:00 et 15:30–19:30/);
    assert.doesNotMatch(review, /Tu-Sa|PH off/);
    assert.match(review, /https:\/\/www\.boulangerie-du-cours\.fr/);
    a11y.push(...(await axeViolations(page)));
    await readTheReview(page);
    await page.locator('button[type=submit]:not([disabled])').click();
    await page.locator('#outcome-title').waitFor();
    // The heading is said once, then what happens next.
    assert.equal(await page.locator('main').getByText('Votre commerce est sur la carte').count(), 1);
    assert.match((await page.locator('.outcome').textContent()) ?? '', /lien privé/);

    const { mails } = await getTenantJson<{ mails: Array<OutboxMail> }>(e2e.server, TENANT, '/dev/outbox?format=json');
    const link = mails.find((m) => m.recipient === email)?.text.match(/(http:\/\/\S+\/ma-fiche#token=[A-Za-z0-9_-]+)/)?.[1];
    assert.ok(link, 'the private link was mailed');

    // On its closed Monday, the page does not offer "open today".
    await page.goto(link);
    await page.locator('#listing-title', { hasText: 'Boulangerie du Cours' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Ouvert aujourd’hui comme d’habitude' }).count(), 0);
    await page.getByText('Aujourd’hui, votre commerce est fermé selon ses horaires habituels.').waitFor();
    await page.getByRole('button', { name: 'Ouvert aux horaires habituels' }).waitFor();
    await page.locator('.followers', { hasText: 'Personne ne suit encore ce commerce.' }).waitFor();
    assert.deepEqual(plain(await summaryLines(page)), ['Du mardi au samedi : 06:30–13:00 et 15:30–19:30', 'Fermé le lundi et le dimanche', 'Fermé les jours fériés']);
    a11y.push(...(await axeViolations(page)));

    // The CCI's embedded list says the hours the same way.
    await page.goto(`${e2e.server.origin(TENANT)}/embed?commune=13005&category=bakery`);
    const item = page.locator('li.item', { hasText: 'Boulangerie du Cours' });
    assert.equal((await item.locator('.hours').textContent())?.replaceAll('\u2060', ''), 'Horaires : Du mardi au samedi : 06:30–13:00 et 15:30–19:30 · Fermé le lundi et le dimanche · Fermé les jours fériés');
    assert.deepEqual([...new Set(a11y)], [], 'axe on the hours step, the review and the shopkeeper page');
  });

  it('offers "open today" on a usual opening day', async () => {
    const { page } = await openPage(e2e.browser);
    await page.clock.setFixedTime(new Date('2026-12-08T10:00:00+01:00'));
    const email = `aubagne-tuesday-${Date.now()}@example.fr`;
    await stubTurnstile(page);
    await businessAndAddress(page, 'Primeur du Cours', siretOf(2), '5 cours Foch');
    await page.locator('#email').fill(email);
    await next(page, 'Horaires');
    const link = await sendRegistration(page, email);
    await page.goto(link);
    await page.getByRole('button', { name: 'Ouvert aujourd’hui comme d’habitude' }).waitFor();
  });

  it('says what it does on public holidays, hours of its own then usual ones, and the card follows on Christmas Day', async () => {
    const { page } = await openPage(e2e.browser);
    await page.clock.setFixedTime(new Date('2026-12-08T10:00:00+01:00'));
    const email = `aubagne-holidays-${Date.now()}@example.fr`;
    await stubTurnstile(page);
    await businessAndAddress(page, 'Fleurs du Cours', siretOf(3), '7 cours Foch');
    await page.locator('#email').fill(email);
    await next(page, 'Horaires');
    await page.getByRole('radio', { name: 'Horaires spéciaux' }).check();
    await page.locator('#holidays-start').fill('10:00');
    await page.locator('#holidays-end').fill('12:00');
    assert.equal(await page.locator('.hours-osm code').textContent(), 'Mo-Sa 09:00-12:30,14:00-19:00; PH 10:00-12:00');
    assert.deepEqual(await axeViolations(page), [], 'axe on the hours step with special holiday hours');
    const link = await sendRegistration(page, email);

    // On its own page the choice reads back as it was made; the business then keeps its usual hours.
    await page.goto(link);
    await page.locator('#listing-title', { hasText: 'Fleurs du Cours' }).waitFor();
    assert.equal(await page.getByRole('radio', { name: 'Horaires spéciaux' }).isChecked(), true);
    assert.equal(await page.locator('#holidays-start').inputValue(), '10:00');
    await page.getByRole('radio', { name: 'Horaires habituels' }).check();
    assert.equal(await page.locator('.hours-osm code').textContent(), 'Mo-Sa 09:00-12:30,14:00-19:00');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText('Enregistré.').waitFor();
    await page.context().close();

    const found = await getTenantJson<{ features: Array<{ id: string; geometry: { coordinates: [number, number] }; properties: { name: string; opening_hours: string; holidays_as_usual?: boolean } }> }>(
      e2e.server, TENANT, '/api/v1/listings?bbox=5.3,43.1,5.8,43.5&q=Fleurs%20du%20Cours',
    );
    const listing = found.features.find((feature) => feature.properties.name === 'Fleurs du Cours');
    assert.ok(listing);
    assert.deepEqual([listing.properties.opening_hours, listing.properties.holidays_as_usual], ['Mo-Sa 09:00-12:30,14:00-19:00', true]);

    // Christmas Day, a Friday, 10:00: the tenant closes on public holidays, this business does not.
    const resident = await openPage(e2e.browser);
    await resident.page.clock.setFixedTime(new Date('2026-12-25T10:00:00+01:00'));
    const [lng, lat] = listing.geometry.coordinates;
    await resident.page.goto(`${e2e.server.origin(TENANT)}/?c=${lat.toFixed(5)},${lng.toFixed(5)}&z=18`);
    const entry = resident.page.locator('.listing-item', { has: resident.page.locator('.listing-name', { hasText: 'Fleurs du Cours' }) }).first();
    await entry.locator('.status-badge', { hasText: "Ouvert · jusqu'à 12:30" }).waitFor();
    await entry.click();
    await resident.page.locator('#listing-card-title', { hasText: 'Fleurs du Cours' }).waitFor();
    assert.match((await resident.page.locator('.holiday-today').textContent()) ?? '', /jour férié/);
    assert.match((await resident.page.locator('.week-hours tbody tr').first().locator('td').textContent()) ?? '', /09:00–12:30, 14:00–19:00 \(jour férié\)/);
    await resident.page.context().close();
  });
});
