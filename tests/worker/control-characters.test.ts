import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildListing } from '#seed/factories.ts';
import { createRandom } from '#seed/random.ts';
import { httpMailer } from '#worker/services/mailer.ts';
import { insertListings, request, TENANT_A } from './support.ts';
import { HOST_A, insertRegistrationTenants, register, useFakeServices, validRegistration } from './registration-support.ts';
import { asShopkeeper, openSession, sessionCookieOf } from './self-service-support.ts';

/** CR/LF (a mail header injection), NUL, ESC, and the right-to-left override that reverses what follows. */
const HOSTILE = 'Evil\r\nBcc: all@example.org\u0000\u001b[2J \u202Egpj.exe\u202C\u2066x\u2069';
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

beforeAll(insertRegistrationTenants);
// The local mailer: what the outbox stores is what would have been sent.
beforeEach(() => {
  useFakeServices();
});

describe('control and bidi characters in text fields', () => {
  it('never reach the listing row nor the subject of the mail a registration sends', async () => {
    const registration = await validRegistration({ name: `Boulangerie ${HOSTILE}`, address: `12 quai ${HOSTILE}`, commune: `Marseille\u202E` });
    const response = await register(registration);
    expect(response.status).toBe(201);
    const { listingId } = await response.json<{ listingId: string }>();
    const row = await env.DB.prepare('SELECT name, address, commune FROM listings WHERE id = ?1').bind(listingId).first<Record<string, string>>();
    for (const value of Object.values(row ?? {})) {
      expect(value).not.toMatch(CONTROL);
      expect(value).not.toMatch(/[\r\n]/);
    }
    expect(row?.name).toBe('Boulangerie Evil Bcc: all@example.org[2J gpj.exex');
    const mail = await env.DB.prepare('SELECT subject FROM outbox WHERE listing_id = ?1').bind(listingId).first<{ subject: string }>();
    expect(mail?.subject).toContain('Evil Bcc: all@example.org');
    expect(mail?.subject).not.toMatch(/[\r\n]/);
  });

  it("are stripped from a shopkeeper's edit and from a resident's report, which keeps its line breaks", async () => {
    const { listingId } = await (await register(await validRegistration())).json<{ listingId: string }>();
    const mail = await env.DB.prepare('SELECT body_text FROM outbox WHERE listing_id = ?1').bind(listingId).first<{ body_text: string }>();
    const cookie = sessionCookieOf(await openSession(/#token=([A-Za-z0-9_-]+)/.exec(mail!.body_text)![1]!));
    const own = await (await asShopkeeper(cookie, '/listing')).json<Record<string, unknown>>();
    const edited = { ...own, name: `Chez\u0000 Paul\u202E`, phone: '04\t91 00 00 00' };
    expect((await asShopkeeper(cookie, '/listing', { method: 'PUT', body: edited })).status).toBe(200);
    const row = await env.DB.prepare('SELECT name FROM listings WHERE id = ?1').bind(listingId).first<{ name: string }>();
    expect(row?.name).toBe('Chez Paul');

    const [published] = [buildListing(createRandom(5), TENANT_A.id, { insee: '13201', name: 'Marseille', postcode: '13001', lat: 43.3, lng: 5.38, population: 1 }, new Date())];
    await insertListings([published!]);
    const report = await request(HOST_A, `/api/v1/listings/${published!.id}/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.3' },
      body: JSON.stringify({ reason: 'other', comment: 'Fermé\r\nle lundi\u0000\u202E' }),
    });
    expect(report.status).toBe(201);
    const { id } = await report.json<{ id: string }>();
    const stored = await env.DB.prepare('SELECT comment FROM reports WHERE public_id = ?1').bind(id).first<{ comment: string }>();
    expect(stored?.comment).toBe('Fermé\nle lundi');
  });

  it('cannot add a header line to a mail sent for a row written before text was cleaned', async () => {
    let body = '';
    const provider: typeof fetch = async (_url, init) => {
      body = String(init?.body);
      return new Response('{}');
    };
    await httpMailer({ endpoint: 'https://mail.example/emails', apiKey: 'k', from: 'x' }, provider).send({ tenantId: 1, listingId: null, to: 'a@example.fr', subject: 'Votre lien pour « Evil\r\nBcc: all@example.org »', text: 'x' });
    expect(JSON.parse(body).subject).toBe('Votre lien pour « Evil Bcc: all@example.org »');
  });
});
