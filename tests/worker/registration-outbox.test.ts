import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { devOutboxRoutes } from '#worker/routes/dev-outbox.ts';
import { httpMailer } from '#worker/services/mailer.ts';
import { TENANT_A, hanging, request } from './support.ts';
import { HOST_A, HOST_M, insertRegistrationTenants, register, useFakeServices, validRegistration } from './registration-support.ts';

beforeAll(insertRegistrationTenants);
// No mailer replaced: the local one, which writes the outbox in D1.
beforeEach(() => {
  useFakeServices();
});

type Outbox = { mails: Array<{ listingId: string; recipient: string; subject: string; text: string }> };

describe('GET /dev/outbox', () => {
  it("lists the tenant's mails with their private links, and no other tenant's", async () => {
    const registration = await validRegistration({ name: 'Fromagerie <b>Test</b>' });
    const { listingId } = await (await register(registration)).json<{ listingId: string }>();
    const outbox = await (await request(HOST_A, '/dev/outbox?format=json')).json<Outbox>();
    expect(outbox.mails[0]).toMatchObject({ listingId, recipient: registration.email });
    expect(outbox.mails[0]?.text).toMatch(/ma-fiche#token=/);
    expect((await (await request(HOST_M, '/dev/outbox?format=json')).json<Outbox>()).mails).toEqual([]);
    const page = await (await request(HOST_A, '/dev/outbox')).text();
    expect(page).toContain('Fromagerie &lt;b&gt;Test&lt;/b&gt;');
    expect(page).not.toContain('<b>Test</b>');
  });

  it('does not exist in production', async () => {
    const response = await devOutboxRoutes.request('/?format=json', { headers: { host: HOST_A } }, { ...env, ENVIRONMENT: 'production' });
    expect(response.status).toBe(404);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM tenants WHERE id = ?1').bind(TENANT_A.id).first()).toEqual({ n: 1 });
  });
});

describe('httpMailer', () => {
  it('posts the mail to the provider with its key, and fails loudly on a refusal', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const provider = (status: number): typeof fetch => async (url, init) => {
      calls.push({ url: String(url), init: init! });
      return new Response('{}', { status });
    };
    const mail = { tenantId: 1, listingId: 'abc', to: 'shop@example.fr', subject: 'Sujet', text: 'Corps' };
    await httpMailer({ endpoint: 'https://mail.example/emails', apiKey: 'k', from: 'Vitrine <no-reply@example.fr>' }, provider(200)).send(mail);
    expect(calls[0]?.url).toBe('https://mail.example/emails');
    expect(new Headers(calls[0]?.init.headers).get('authorization')).toBe('Bearer k');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ from: 'Vitrine <no-reply@example.fr>', to: ['shop@example.fr'], subject: 'Sujet', text: 'Corps' });
    await expect(httpMailer({ endpoint: 'https://mail.example/emails', apiKey: 'k', from: 'x' }, provider(422)).send(mail)).rejects.toThrow(/422/);
  });

  it('gives up on a provider that does not answer, so that the send is retried later', async () => {
    const signals: (AbortSignal | undefined)[] = [];
    const mail = { tenantId: 1, listingId: 'abc', to: 'shop@example.fr', subject: 'Sujet', text: 'Corps' };
    await expect(httpMailer({ endpoint: 'https://mail.example/emails', apiKey: 'k', from: 'x' }, hanging(signals), 50).send(mail)).rejects.toThrow();
    expect(signals[0]?.aborted).toBe(true);
  });
});
