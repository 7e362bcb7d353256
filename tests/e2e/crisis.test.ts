import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { runD1 } from '../../scripts/d1.ts';
import { axeViolations } from '../support/axe.ts';
import { openPage, statusLogged } from '../support/browser.ts';
import { signInToConsole } from '../support/console-session.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { linkFromOutbox } from '../support/outbox.ts';
import { getTenantJson } from '../support/server.ts';

// A seeded demo tenant: 300 listings, about 70 % with an email, so the campaign has a real size.
const SLUG = 'morbihan';
const ADMIN = 'crise@cci-morbihan.example';
const SHOP_EMAIL = 'boutique-crise@example.fr';
const RESIDENT = 'voisine@example.fr';
const CRISIS_TITLE = 'Confinement : les commerces ouverts près de chez vous';

type OutboxMail = { listingId: string | null; recipient: string; subject: string; text: string };
type CardListing = { id: string; name: string; status: string; stale?: boolean };
type ChunkAnswer = { chunk: { claimed: number; sent: number; failed: number; remaining: number } };

const session = useServerAndBrowser();

const sql = <Row>(statement: string) => runD1<Row>({ remote: false, persistTo: session.server.stateDir }, statement);

async function outbox(): Promise<OutboxMail[]> {
  return (await getTenantJson<{ mails: OutboxMail[] }>(session.server, SLUG, '/dev/outbox?format=json')).mails;
}

/** Sends the rest of the campaign in the request, chunk by chunk, as a script would. */
async function sendRemainingChunks(page: Page): Promise<{ sent: number; calls: number }> {
  let sent = 0;
  let calls = 0;
  for (;;) {
    const { chunk } = await page.evaluate(async () => {
      const response = await fetch('/api/v1/console/campaign/chunks', { method: 'POST' });
      if (!response.ok) throw new Error(`chunk: HTTP ${response.status}`);
      return (await response.json()) as ChunkAnswer;
    });
    calls++;
    sent += chunk.sent;
    assert.equal(chunk.failed, 0);
    if (chunk.remaining === 0) return { sent, calls };
  }
}

describe('a crisis period run from the console, answered by shops and followed by residents', () => {
  it('switches crisis mode on, runs the campaign, takes a one-tap answer, and alerts a follower of the reopening', async () => {
    sql(`INSERT INTO staff (tenant_id, email, role) SELECT id, '${ADMIN}', 'admin' FROM tenants WHERE slug = '${SLUG}'`);
    // The shop that answers gets an address of its own, so that its private link is unambiguous;
    // its id is the highest, so it is claimed in the campaign's last chunk.
    const [shop] = sql<{ id: string; name: string }>(
      `SELECT id, name FROM listings WHERE tenant_id = (SELECT id FROM tenants WHERE slug = '${SLUG}') AND published = 1 AND email IS NOT NULL AND status = 'open' ORDER BY id DESC LIMIT 1`,
    );
    assert.ok(shop, 'the demo tenant has an open listing with an email');
    // Open every day, holidays too: "open today as usual" is then offered whatever day the test runs.
    sql(`UPDATE listings SET email = '${SHOP_EMAIL}', opening_hours = 'Mo-Su 08:00-19:00', holidays_as_usual = 1 WHERE id = '${shop.id}'`);
    const [{ recipients } = { recipients: 0 }] = sql<{ recipients: number }>(
      `SELECT count(*) AS recipients FROM listings WHERE tenant_id = (SELECT id FROM tenants WHERE slug = '${SLUG}') AND email IS NOT NULL AND email <> ''`,
    );

    // The admin turns crisis mode on from the console's menu.
    const { page: admin } = await openPage(session.browser, {
      // Signed out, the console asks for its session, is answered 401 and shows the sign-in form.
      expectedConsoleErrors: [statusLogged(401, /\/api\/v1\/console\/session$/)],
    });
    await signInToConsole(admin, session.server, SLUG, ADMIN);
    await admin.getByRole('navigation', { name: 'Menu de la console' }).getByRole('link', { name: 'Mode crise' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Mode crise' }).waitFor();
    await admin.getByText('Le mode crise est désactivé.').waitFor();
    await admin.getByLabel('Titre (français)').fill(CRISIS_TITLE);
    await admin.getByLabel('Message (français)').fill('Retrouvez les commerces ouverts, en livraison ou en retrait.');
    await admin.getByRole('checkbox', { name: 'livraison' }).check();
    await admin.getByRole('button', { name: 'Activer le mode crise' }).click();
    await admin.getByText(/Le mode crise est activé depuis le/).waitFor();

    // The public map shows the banner to a resident who opens it, once the tenant's shared answer
    // cached at the edge has aged out (10 s at most).
    const { page: resident } = await openPage(session.browser);
    const banner = resident.getByRole('region', { name: 'Information de crise' });
    const switchedOn = Date.now();
    for (;;) {
      await resident.goto(`${session.server.origin(SLUG)}/`);
      const shown = await banner.getByRole('heading', { name: CRISIS_TITLE }).waitFor({ timeout: 3000 }).then(() => true, () => false);
      if (shown) break;
      assert.ok(Date.now() - switchedOn < 15_000, 'the banner shows within the tenant answer\'s edge age');
      await resident.waitForTimeout(1000);
    }
    assert.match((await banner.textContent()) ?? '', /Mis en avant : .*livraison/);

    // The highlighted service filters the map by itself: the resident sees it as a filter and can remove it.
    const chip = resident.getByRole('list', { name: 'Filtres du mode crise' }).getByRole('button', { name: 'Retirer le filtre crise : Livraison' });
    await chip.waitFor();
    assert.equal((await chip.textContent())?.trim(), 'Filtre crise : Livraison ✕');
    assert.equal(new URL(resident.url()).searchParams.get('svc'), 'delivery');
    assert.deepEqual(await axeViolations(resident), [], 'axe on the public page with the crisis banner and its filter');
    await chip.click();
    await resident.waitForURL((url) => !url.searchParams.has('svc'));
    assert.equal(await resident.getByRole('list', { name: 'Filtres du mode crise' }).count(), 0, 'the removed filter is gone');

    // One click asks to confirm with the number of businesses; once confirmed, every batch goes
    // in the background and the console follows the progress with nobody clicking again.
    const started = performance.now();
    await admin.getByRole('button', { name: 'Envoyer la campagne à tous les commerces' }).click();
    const confirm = admin.getByRole('dialog', { name: 'Envoyer la campagne ?' });
    await confirm.getByText(`${recipients} commerces avec une adresse e-mail recevront la question`).waitFor();
    assert.deepEqual(await axeViolations(admin), [], 'axe on the campaign confirmation');
    assert.equal(await outbox().then((mails) => mails.filter((m) => /période/.test(m.subject)).length), 0, 'nothing is sent before the confirmation');
    await confirm.getByRole('button', { name: `Envoyer à ${recipients} commerces` }).click();
    await admin.getByText(new RegExp(`^Envoi : \\d+ sur ${recipients}`)).waitFor();
    await admin.getByText(`Envoi : ${recipients} sur ${recipients} — terminé`).waitFor({ timeout: 60_000 });
    const seconds = (performance.now() - started) / 1000;
    assert.equal(await admin.getByRole('button', { name: 'Envoyer le lot suivant' }).count(), 0, 'no chunk is sent by hand');
    assert.equal(await admin.getByRole('button', { name: 'Mettre l’envoi en pause' }).count(), 0, 'a finished campaign has nothing to pause');
    assert.deepEqual(await axeViolations(admin), [], 'axe on the campaign progress');
    const again = await sendRemainingChunks(admin);
    assert.deepEqual(again, { sent: 0, calls: 1 }, 'a finished campaign sends nothing more');
    const duplicates = sql<{ listing_id: string }>(
      `SELECT listing_id FROM outbox WHERE subject LIKE '%êtes-vous ouvert pendant cette période ?' GROUP BY listing_id HAVING count(*) > 1`,
    );
    assert.deepEqual(duplicates, [], 'exactly one campaign email per listing');
    const [{ mailed } = { mailed: 0 }] = sql<{ mailed: number }>(`SELECT count(DISTINCT listing_id) AS mailed FROM outbox WHERE subject LIKE '%êtes-vous ouvert pendant cette période ?'`);
    assert.equal(mailed, recipients, 'every listing with an email got the campaign');
    console.log(
      `campaign throughput on the local server: ${recipients} emails queued in ${seconds.toFixed(2)} s = ${(recipients / seconds).toFixed(0)} emails/s ` +
        `from the confirmation to the console showing all sent (background run, 10 per chunk); rate cap CAMPAIGN_PER_MINUTE=600/min`,
    );
    await admin.getByText(/ 0 à envoyer, /).waitFor();

    // Until it answers, the shop is "to be confirmed", on its card too.
    const before = await getTenantJson<CardListing>(session.server, SLUG, `/api/v1/listings/${shop.id}`);
    assert.equal(before.stale, true);

    // The shop answers "closed until…" in one tap from the email.
    const { page: shopPage } = await openPage(session.browser, {
      // Without a session yet, the self-service page asks for its listing, is answered 401 and offers a new link.
      expectedConsoleErrors: [statusLogged(401, /\/api\/v1\/self-service\/listing$/)],
    });
    await shopPage.goto(await linkFromOutbox(session.server, SLUG, SHOP_EMAIL, /https?:\/\/\S+\/crise\/reponse#token=[A-Za-z0-9_-]+&answer=closed_until/));
    await shopPage.getByLabel('Date de réouverture').fill('2030-01-31');
    await shopPage.getByRole('button', { name: 'Confirmer ma réponse' }).click();
    await shopPage.getByText('Merci, votre fiche est à jour.').waitFor();
    const closed = await getTenantJson<CardListing>(session.server, SLUG, `/api/v1/listings/${shop.id}`);
    assert.equal(closed.status, 'temporarily_closed');
    assert.equal(closed.stale, undefined, 'an answer confirms the listing');
    await admin.locator('tr', { hasText: shop.name }).getByText('fermé', { exact: true }).waitFor();

    // A resident opens it on the map: the new status shows; she stars it and asks for an alert.
    await resident.goto(`${session.server.origin(SLUG)}/l/${shop.id}`);
    const card = resident.locator('.listing-card');
    await card.getByRole('heading', { name: shop.name }).waitFor();
    await card.locator('.card-status .status-badge.tone-paused', { hasText: 'Fermé temporairement' }).waitFor();
    await resident.getByRole('button', { name: `Ajouter « ${shop.name} » à mes lieux` }).click();
    await resident.getByRole('region', { name: 'Mes lieux' }).getByRole('button', { name: `Voir la fiche de ${shop.name}` }).waitFor();
    await resident.getByLabel('Votre e-mail').fill(RESIDENT);
    await resident.getByRole('button', { name: 'Me prévenir par e-mail' }).click();
    await resident.getByText('Vérifiez votre boîte : confirmez avec le lien reçu.').waitFor();
    const { page: inbox } = await openPage(session.browser);
    await inbox.goto(await linkFromOutbox(session.server, SLUG, RESIDENT, /https?:\/\/\S+\/alertes#confirm=[A-Za-z0-9_-]+/));
    await inbox.getByText('C’est confirmé').waitFor();

    // The shopkeeper reopens from the self-service page, reached with a private link by email.
    await shopPage.goto(`${session.server.origin(SLUG)}/ma-fiche`);
    await shopPage.getByLabel('Adresse e-mail').fill(SHOP_EMAIL);
    await shopPage.getByRole('button', { name: 'Recevoir un nouveau lien' }).click();
    // The mail's link opens in a new tab, as from a mail client.
    const manage = await shopPage.context().newPage();
    await manage.goto(await linkFromOutbox(session.server, SLUG, SHOP_EMAIL, /https?:\/\/\S+\/ma-fiche#token=[A-Za-z0-9_-]+/));
    await manage.locator('#listing-title', { hasText: shop.name }).waitFor();
    await manage.getByText('1 personne suit ce commerce').waitFor();
    await manage.getByRole('button', { name: 'Ouvert aujourd’hui comme d’habitude' }).click();
    await manage.locator('[data-testid=own-status]', { hasText: 'Ouvert' }).waitFor();

    // The follower's alert is in the outbox; the public answer says open.
    const alert = (await outbox()).find((m) => m.recipient === RESIDENT && m.subject === `« ${shop.name} » a rouvert`);
    assert.ok(alert, 'the reopening alert is in the outbox');
    assert.match(alert.text, /\/alertes#unsubscribe=[A-Za-z0-9_-]+/);
    assert.equal((await getTenantJson<CardListing>(session.server, SLUG, `/api/v1/listings/${shop.id}`)).status, 'open');
    await resident.reload();
    await resident.locator('.listing-card').getByRole('heading', { name: shop.name }).waitFor();
    // Reopened, the card follows the shop's hours at this instant: no longer the temporary closure.
    await resident.locator('.listing-card .card-status .status-badge:not(.tone-paused)').waitFor();
  });
});
