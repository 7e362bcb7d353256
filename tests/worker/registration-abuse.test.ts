import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryRateLimiter } from '#worker/services/rate-limit.ts';
import { SITEVERIFY_URL, siteverifyTurnstile } from '#worker/services/turnstile.ts';
import { TENANT_A } from './support.ts';
import {
  HOST_A, TENANT_M, clock, formTokenFor, insertRegistrationTenants, passToken, recordingMailer, register,
  useFakeServices, validRegistration, type ErrorBody,
} from './registration-support.ts';

beforeAll(insertRegistrationTenants);
let turnstile: ReturnType<typeof useFakeServices>['turnstile'];
beforeEach(() => {
  clock.now = new Date('2026-11-20T10:00:00Z');
  ({ turnstile } = useFakeServices({ mailer: recordingMailer() }));
});

async function listingCount(): Promise<number> {
  return (await env.DB.prepare('SELECT count(*) AS n FROM listings').first<{ n: number }>())!.n;
}

async function expectRefused(body: unknown, status: number, code: string, headers?: Record<string, string>): Promise<ErrorBody> {
  const before = await listingCount();
  const response = await register(body, { headers });
  expect(response.status).toBe(status);
  const answer = await response.json<ErrorBody>();
  expect(answer.error.code).toBe(code);
  expect(await listingCount()).toBe(before);
  return answer;
}

describe('Turnstile', () => {
  it('accepts a token the verifier passes', async () => {
    expect((await register(await validRegistration())).status).toBe(201);
  });

  it('answers 403 when the verifier fails the token', async () => {
    const answer = await expectRefused(await validRegistration({ turnstileToken: 'fail-1' }), 403, 'turnstile_failed');
    expect(answer.error.message).toMatch(/anti-robot/);
  });

  it('answers 403 when the token is missing', async () => {
    await expectRefused(await validRegistration({ turnstileToken: '' }), 403, 'turnstile_failed');
  });

  it('answers 403 asking for a new check when a token is replayed', async () => {
    const token = passToken();
    expect((await register(await validRegistration({ turnstileToken: token }))).status).toBe(201);
    const answer = await expectRefused(await validRegistration({ turnstileToken: token }), 403, 'turnstile_spent');
    expect(answer.error.message).toMatch(/déjà servi/);
  });

  it('refuses a token longer than 2,048 characters before asking Cloudflare', async () => {
    const answer = await expectRefused(await validRegistration({ turnstileToken: `pass${'x'.repeat(2045)}` }), 400, 'invalid_request');
    expect(answer.error.fields?.turnstileToken).toHaveLength(1);
    expect(turnstile.seen).toEqual([]);
  });
});

describe('siteverify', () => {
  type Call = { url: string; form: FormData };
  function cloudflare(answer: Record<string, unknown>, calls: Call[], failFirst = false): typeof fetch {
    return async (input, init) => {
      calls.push({ url: String(input), form: init?.body as FormData });
      if (failFirst && calls.length === 1) throw new TypeError('network down');
      return Response.json(answer);
    };
  }
  const expectation = { token: 'tok', remoteIp: '192.0.2.1', action: 'register', hostname: 'tenant-a.localhost' };

  it('posts the secret, the token, the client address and an idempotency key', async () => {
    const calls: Call[] = [];
    const verdict = await siteverifyTurnstile('secret', cloudflare({ success: true, hostname: 'tenant-a.localhost', action: 'register' }, calls)).verify(expectation);
    expect(verdict).toEqual({ ok: true });
    expect(calls[0]?.url).toBe(SITEVERIFY_URL);
    expect(calls[0]?.form.get('secret')).toBe('secret');
    expect(calls[0]?.form.get('response')).toBe('tok');
    expect(calls[0]?.form.get('remoteip')).toBe('192.0.2.1');
    expect(calls[0]?.form.get('idempotency_key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('retries a network failure once with the same idempotency key', async () => {
    const calls: Call[] = [];
    const verifier = siteverifyTurnstile('secret', cloudflare({ success: true, hostname: 'tenant-a.localhost', action: 'register' }, calls, true));
    expect(await verifier.verify(expectation)).toEqual({ ok: true });
    expect(calls).toHaveLength(2);
    expect(calls[1]?.form.get('idempotency_key')).toBe(calls[0]?.form.get('idempotency_key'));
  });

  it.each([
    ['another hostname', { success: true, hostname: 'evil.example', action: 'register' }, 'mismatch'],
    ['another action', { success: true, hostname: 'tenant-a.localhost', action: 'login' }, 'mismatch'],
    ['a replayed token', { success: false, 'error-codes': ['timeout-or-duplicate'] }, 'spent'],
    ['an invalid token', { success: false, 'error-codes': ['invalid-input-response'] }, 'invalid'],
  ])('refuses %s', async (_label, answer, reason) => {
    expect(await siteverifyTurnstile('secret', cloudflare(answer, [])).verify(expectation)).toEqual({ ok: false, reason });
  });

  it('bounds each attempt in time by default', async () => {
    const signals: (AbortSignal | null | undefined)[] = [];
    const recorder: typeof fetch = async (_input, init) => {
      signals.push(init?.signal);
      return Response.json({ success: true, hostname: 'tenant-a.localhost', action: 'register' });
    };
    expect(await siteverifyTurnstile('secret', recorder).verify(expectation)).toEqual({ ok: true });
    expect(signals[0]).toBeInstanceOf(AbortSignal);
    expect(signals[0]?.aborted).toBe(false);
  });

  it('fails closed when Cloudflare cannot be reached', async () => {
    const down: typeof fetch = async () => {
      throw new TypeError('network down');
    };
    expect(await siteverifyTurnstile('secret', down).verify(expectation)).toEqual({ ok: false, reason: 'unavailable' });
  });
});

describe('honeypot and fill time', () => {
  it('refuses a form whose hidden field was filled, without calling Turnstile', async () => {
    const answer = await expectRefused(await validRegistration({ nickname: 'bot' }), 400, 'rejected');
    expect(answer.error.message).toBe('Votre envoi n’a pas pu être accepté.');
    expect(turnstile.seen).toEqual([]);
  });

  it('refuses a form sent less than 4 seconds after it was opened', async () => {
    const answer = await expectRefused(await validRegistration({ formToken: await formTokenFor(TENANT_A.id, new Date(clock.now.getTime() - 2000)) }), 400, 'too_fast');
    expect(answer.error.message).toMatch(/trop vite/);
  });

  it('refuses a form opened more than a day ago', async () => {
    const formToken = await formTokenFor(TENANT_A.id);
    clock.now = new Date(clock.now.getTime() + 25 * 3600_000);
    await expectRefused(await validRegistration({ formToken }), 400, 'form_expired');
  });

  it('refuses a forged or another tenant’s form token', async () => {
    const genuine = await formTokenFor(TENANT_A.id);
    const [issued, tenant, signature] = genuine.split('.');
    await expectRefused(await validRegistration({ formToken: `${Number(issued) - 60_000}.${tenant}.${signature}` }), 400, 'form_expired');
    await expectRefused(await validRegistration({ formToken: await formTokenFor(TENANT_M.id) }), 400, 'form_expired');
    await expectRefused(await validRegistration({ formToken: 'garbage' }), 400, 'form_expired');
  });

  it('gives a form token signed with the current time', async () => {
    const response = await (await import('./support.ts')).request(HOST_A, '/api/v1/registrations/form');
    const form = await response.json<{ formToken: string; turnstileSiteKey: string }>();
    expect(form.formToken.split('.')[0]).toBe(String(clock.now.getTime()));
    expect(form.turnstileSiteKey).toBe('1x00000000000000000000AA');
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After past the per-IP limit, and counts other addresses apart', async () => {
    let at = 0;
    useFakeServices({
      mailer: recordingMailer(),
      writeLimits: { perIp: memoryRateLimiter({ limit: 2, periodSeconds: 60, now: () => at }), perTenant: memoryRateLimiter({ limit: 100, periodSeconds: 60 }) },
    });
    const ip = { 'cf-connecting-ip': '198.51.100.7' };
    expect((await register(await validRegistration(), { headers: ip })).status).toBe(201);
    expect((await register(await validRegistration(), { headers: ip })).status).toBe(201);
    at = 15_000;
    const limited = await register(await validRegistration(), { headers: ip });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('45');
    expect((await limited.json<ErrorBody>()).error.message).toMatch(/Trop d’envois/);
    expect((await register(await validRegistration(), { headers: { 'cf-connecting-ip': '198.51.100.8' } })).status).toBe(201);
    at = 61_000;
    expect((await register(await validRegistration(), { headers: ip })).status).toBe(201);
  });

  it('answers 429 past the per-tenant limit, whatever the address', async () => {
    useFakeServices({
      mailer: recordingMailer(),
      writeLimits: { perIp: memoryRateLimiter({ limit: 100, periodSeconds: 60 }), perTenant: memoryRateLimiter({ limit: 1, periodSeconds: 60 }) },
    });
    expect((await register(await validRegistration(), { headers: { 'cf-connecting-ip': '203.0.113.1' } })).status).toBe(201);
    const limited = await register(await validRegistration(), { headers: { 'cf-connecting-ip': '203.0.113.2' } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('counts invalid requests too', async () => {
    useFakeServices({
      writeLimits: { perIp: memoryRateLimiter({ limit: 1, periodSeconds: 60 }), perTenant: memoryRateLimiter({ limit: 100, periodSeconds: 60 }) },
    });
    expect((await register({})).status).toBe(400);
    expect((await register({})).status).toBe(429);
  });
});
