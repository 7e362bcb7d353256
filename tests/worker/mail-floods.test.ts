import { env } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '#worker/index.ts';
import { replaceServices } from '#worker/services/index.ts';
import { DAILY_MAIL_CAPS } from '#worker/services/mail-caps.ts';
import type { Mail, Mailer } from '#worker/services/mailer.ts';
import { addListings, clock, hostOf, setUpConsoleTests } from './console-support.ts';
import { request } from './support.ts';

const host = hostOf(1);
const victim = 'victim@example.org';

setUpConsoleTests([[1, 'admin@a.fr', 'admin']]);

function post(path: string, body: unknown, ip = '198.51.100.1'): Promise<Response> {
  return request(host, `/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://${host}`, 'sec-fetch-site': 'same-origin', 'cf-connecting-ip': ip },
    body: JSON.stringify(body),
  });
}

async function mailsTo(address: string): Promise<number> {
  return (await env.DB.prepare('SELECT count(*) AS n FROM outbox WHERE recipient = ?1').bind(address).first<{ n: number }>())?.n ?? 0;
}

describe("a third party's mailbox", () => {
  it('gets one alert confirmation per listing a day however often someone asks, and few for all listings', async () => {
    const listings = await addListings(1, 5);
    const answers: string[] = [];
    for (let i = 0; i < 20; i++) {
      const response = await post(`/alerts/listings/${listings[0]!.id}/email`, { email: victim, language: 'fr' }, `198.51.100.${(i % 2) + 1}`);
      expect(response.status).toBe(202);
      answers.push(await response.text());
    }
    expect(new Set(answers).size).toBe(1);
    expect(await mailsTo(victim)).toBe(1);
    for (const listing of listings.slice(1)) expect((await post(`/alerts/listings/${listing.id}/email`, { email: victim, language: 'fr' })).status).toBe(202);
    expect(await mailsTo(victim)).toBe(DAILY_MAIL_CAPS.alertConfirmationPerAddress);
    // The address is counted by its hash only.
    const counts = await env.DB.prepare('SELECT * FROM recipient_mail_counts').all();
    expect(JSON.stringify(counts.results)).not.toContain(victim);
    // The next day the cap starts again.
    clock.now = new Date(clock.now.getTime() + 86_400_000);
    expect((await post(`/alerts/listings/${listings[0]!.id}/email`, { email: victim, language: 'fr' })).status).toBe(202);
    expect(await mailsTo(victim)).toBe(DAILY_MAIL_CAPS.alertConfirmationPerAddress + 1);
  });

  it("gets a listing's private link a few times a day, however many claims and link requests, each answered the same", async () => {
    const [listing] = await addListings(1, 1, { email: 'owner@example.fr' });
    const answers = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const claim = await post('/registrations/claim', { listingId: listing!.id }, `198.51.100.${i + 10}`);
      expect(claim.status).toBe(202);
      answers.add(await claim.text());
    }
    for (let i = 0; i < 12; i++) expect((await post('/registrations/links', { email: 'owner@example.fr' }, `198.51.100.${i + 30}`)).status).toBe(202);
    expect(answers.size).toBe(1);
    expect(await mailsTo('owner@example.fr')).toBe(DAILY_MAIL_CAPS.privateLinkPerListing);
  });

  it('gets a capped number of staff sign-in links', async () => {
    for (let i = 0; i < DAILY_MAIL_CAPS.staffSignIn + 5; i++) expect((await post('/console/session/link', { email: 'admin@a.fr' }, `192.0.2.${i + 1}`)).status).toBe(202);
    expect(await mailsTo('admin@a.fr')).toBe(DAILY_MAIL_CAPS.staffSignIn);
  });
});

/** A mail provider that holds every send until released. */
function heldMailer(): Mailer & { sent: Mail[]; release(): void } {
  const sent: Mail[] = [];
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  return {
    sent,
    release: () => release(),
    async send(mail) {
      await gate;
      sent.push(mail);
    },
  };
}

describe('"send me a link" for a known and an unknown address', () => {
  for (const [path, known, unknown] of [
    ['/api/v1/registrations/links', { email: 'known@example.fr' }, { email: 'unknown@example.fr' }],
    ['/api/v1/console/session/link', { email: 'admin@a.fr' }, { email: 'stranger@example.fr' }],
  ] as const) {
    it(`${path} answers both before any lookup or mail, with the same words; the mail follows`, async () => {
      await addListings(1, 1, { email: 'known@example.fr' });
      const mailer = heldMailer();
      replaceServices({ mailer });
      const send = async (body: unknown) => {
        const ctx = createExecutionContext();
        const response = await worker.fetch(
          new Request(`http://${host}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: `http://${host}`, 'cf-connecting-ip': '203.0.113.5' }, body: JSON.stringify(body) }),
          env,
          ctx,
        );
        return { response, ctx };
      };
      // With the provider holding every mail, both answers still arrive: nothing waits for it.
      const forKnown = await send(known);
      const forUnknown = await send(unknown);
      expect(forKnown.response.status).toBe(202);
      expect(forUnknown.response.status).toBe(202);
      expect(await forKnown.response.text()).toBe(await forUnknown.response.text());
      expect(mailer.sent).toHaveLength(0);
      mailer.release();
      await waitOnExecutionContext(forKnown.ctx);
      await waitOnExecutionContext(forUnknown.ctx);
      expect(mailer.sent.map((mail) => mail.to)).toEqual([known.email]);
    });
  }
});
