import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_FORM_SIGNING_KEY } from '#worker/deployment/secrets.ts';
import { signFormStart } from '#worker/services/form-token.ts';
import { replaceServices, restoreServices } from '#worker/services/index.ts';
import { TEST_SECRET_KEYS, TEST_SITE_KEY } from '#worker/services/turnstile.ts';
import { TENANT_A, insertTenants, requestWithEnv, type DeploymentOverrides } from './support.ts';
import { clock, validRegistration, type ErrorBody } from './registration-support.ts';

const HOST = 'vitrine.cci-a.example';

/** A production deployment with every secret set to a real-looking value. */
const SOUND: DeploymentOverrides = {
  ENVIRONMENT: 'production',
  TURNSTILE_SITE_KEY: '0x4AAAAAAAB-site-key',
  TURNSTILE_SECRET_KEY: '0x4AAAAAAAB-secret-key-of-this-deployment',
  FORM_SIGNING_KEY: 'a-form-signing-key-of-forty-random-chars!',
  MAIL_API_URL: 'https://mail.example/emails',
  MAIL_API_KEY: 'mail-key',
};

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_A, hosts: [HOST] });
  // A live private link waiting in the outbox: what the outbox page would give away.
  await env.DB.prepare(`INSERT INTO outbox (tenant_id, listing_id, recipient, subject, body_text, created_at)
    VALUES (?1, NULL, 'shop@example.fr', 'Votre lien', 'https://x/ma-fiche#token=live', '2026-11-20T10:00:00Z')`).bind(TENANT_A.id).run();
});

afterEach(() => restoreServices());

describe('a deployment that does not say "development"', () => {
  for (const environment of ['Production', 'production', 'staging', undefined]) {
    it(`has no outbox page and no <slug>.localhost with ENVIRONMENT=${String(environment)}`, async () => {
      const settings = { ...SOUND, ENVIRONMENT: environment } as DeploymentOverrides;
      const outbox = await requestWithEnv(settings, HOST, '/dev/outbox?format=json');
      expect(outbox.status).toBe(404);
      expect(await outbox.text()).not.toContain('token=live');
      expect((await requestWithEnv(settings, 'tenant-a.localhost', '/api/v1/tenant')).status).toBe(404);
      expect((await requestWithEnv(settings, HOST, '/api/v1/tenant')).status).toBe(200);
    });
  }

  it("refuses a registration signed with the repository's form key", async () => {
    replaceServices({ now: () => clock.now });
    const forged = await validRegistration({ formToken: await signFormStart(LOCAL_FORM_SIGNING_KEY, TENANT_A.id, new Date(clock.now.getTime() - 60_000)) });
    const response = await requestWithEnv({ ...SOUND, ENVIRONMENT: 'Production' }, HOST, '/api/v1/registrations', {
      method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.1' }, body: JSON.stringify(forged),
    });
    expect(response.status).toBe(400);
    expect((await response.json<ErrorBody>()).error.code).toBe('form_expired');
    expect(await env.DB.prepare('SELECT count(*) AS n FROM listings WHERE name = ?1').bind(forged.name).first('n')).toBe(0);
  });

  const broken: Array<[string, DeploymentOverrides, string]> = [
    ['the form key missing', { FORM_SIGNING_KEY: undefined }, 'FORM_SIGNING_KEY'],
    ["the repository's form key", { FORM_SIGNING_KEY: LOCAL_FORM_SIGNING_KEY }, 'FORM_SIGNING_KEY'],
    ['a Turnstile test secret', { TURNSTILE_SECRET_KEY: TEST_SECRET_KEYS.pass }, 'TURNSTILE_SECRET_KEY'],
    ['the Turnstile test site key', { TURNSTILE_SITE_KEY: TEST_SITE_KEY }, 'TURNSTILE_SITE_KEY'],
    ['no mail provider', { MAIL_API_URL: '', MAIL_API_KEY: undefined }, 'MAIL_API_KEY'],
  ];
  for (const [what, change, setting] of broken) {
    it(`serves nothing, health and tenant included, with ${what}: 503 naming ${setting}`, async () => {
      const settings = { ...SOUND, ...change } as DeploymentOverrides;
      for (const path of ['/api/health', '/api/v1/tenant', '/', '/dev/outbox']) {
        const response = await requestWithEnv(settings, HOST, path, { headers: { 'accept-language': 'en' } });
        expect(response.status, path).toBe(503);
        const body = await response.json<ErrorBody>();
        expect(body.error.code).toBe('misconfigured');
        expect(body.error.message).toBe('This service is not configured yet: its operator must set the settings listed.');
        expect(Object.keys(body.error.fields ?? {})).toContain(setting);
      }
    });
  }
});

describe('a development instance', () => {
  it('shows its outbox on a local host name only', async () => {
    expect((await requestWithEnv({ ENVIRONMENT: 'development' }, 'tenant-a.localhost', '/dev/outbox?format=json')).status).toBe(200);
    const remote = await requestWithEnv({ ENVIRONMENT: 'development' }, HOST, '/dev/outbox?format=json');
    expect(remote.status).toBe(404);
    expect(await remote.text()).not.toContain('token=live');
  });

  it('serves with no secret at all, on local values', async () => {
    expect((await requestWithEnv({ ENVIRONMENT: 'development' }, 'tenant-a.localhost', '/api/v1/tenant')).status).toBe(200);
  });
});
