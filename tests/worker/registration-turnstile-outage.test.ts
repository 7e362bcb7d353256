import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { QueueItem } from '#schema/console/moderation.ts';
import type { RegistrationInput, RegistrationResult } from '#schema/registration.ts';
import { memoryRateLimiter } from '#worker/services/rate-limit.ts';
import { siteverifyTurnstile } from '#worker/services/turnstile.ts';
import worker from '../../worker/index.ts';
import { addStaff, consoleRequest, signIn } from './console-support.ts';
import { TENANT_A, hanging, request } from './support.ts';
import {
  HOST_A, clock, formTokenFor, insertRegistrationTenants, register, setModerationMode, useFakeServices, validRegistration, type ErrorBody,
} from './registration-support.ts';

/** Cloudflare's siteverify as the Worker sees it during an outage: the network fails, or 5xx. */
const unreachable: typeof fetch = async () => {
  throw new TypeError('network down');
};
const failing: typeof fetch = async () => new Response('upstream error', { status: 502 });

/** Short enough to keep the tests fast; production waits SITEVERIFY_TIMEOUT_MS per attempt. */
const TEST_TIMEOUT_MS = 50;

/** Siteverify reachable, answering for every token as it does for a bad or a replayed one. */
function answering(errorCode: string): typeof fetch {
  return async () => Response.json({ success: false, 'error-codes': [errorCode] });
}

function useSiteverify(fetcher: typeof fetch, writeLimit = 1000): void {
  useFakeServices({
    turnstile: siteverifyTurnstile('secret', fetcher, TEST_TIMEOUT_MS),
    writeLimits: { perIp: memoryRateLimiter({ limit: writeLimit, periodSeconds: 60 }), perTenant: memoryRateLimiter({ limit: 1000, periodSeconds: 60 }) },
  });
}

/** A registration sent to a Worker whose TURNSTILE_UNAVAILABLE is `setting` (undefined: unset). */
async function registerWith(setting: string | undefined, body: RegistrationInput): Promise<Response> {
  const { TURNSTILE_UNAVAILABLE: _configured, ...rest } = env;
  const bindings = setting === undefined ? rest : { ...rest, TURNSTILE_UNAVAILABLE: setting };
  const ctx = createExecutionContext();
  const response = await worker.fetch(
    new Request(`http://${HOST_A}/api/v1/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.1', 'accept-language': 'fr' },
      body: JSON.stringify(body),
    }),
    bindings as typeof env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return response;
}

async function writtenRows(): Promise<number[]> {
  const counts = await env.DB.batch([
    env.DB.prepare('SELECT count(*) AS n FROM listings'),
    env.DB.prepare('SELECT count(*) AS n FROM moderation_queue'),
    env.DB.prepare('SELECT count(*) AS n FROM outbox'),
  ]);
  return counts.map((result) => (result.results[0] as { n: number }).n);
}

/** Sends, then checks the status and error code of the answer and that nothing was written. */
async function expectRefused(send: () => Promise<Response>, status: number, code: string): Promise<{ response: Response; body: ErrorBody }> {
  const before = await writtenRows();
  const response = await send();
  expect(response.status).toBe(status);
  const body = await response.json<ErrorBody>();
  expect(body.error.code).toBe(code);
  expect(await writtenRows()).toEqual(before);
  return { response, body };
}

async function expectUnavailable(send: () => Promise<Response>): Promise<void> {
  const { response, body } = await expectRefused(send, 503, 'turnstile_unavailable');
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(body.error.message).toMatch(/momentanément indisponible.*quelques minutes.*conservé/);
}

beforeAll(async () => {
  await insertRegistrationTenants();
  await addStaff(TENANT_A.id, 'moderator@a.fr', 'admin');
});
let warnings: MockInstance<typeof console.warn>;
beforeEach(async () => {
  clock.now = new Date('2026-11-20T10:00:00Z');
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
  await setModerationMode(TENANT_A.id, 'publish_then_review');
});
afterEach(() => warnings.mockRestore());

describe('POST /api/v1/registrations when Turnstile cannot be reached', () => {
  it.each([
    ['the network fails', unreachable],
    ['siteverify answers 5xx', failing],
    ['siteverify does not answer in time', hanging()],
  ])('answers 503 turnstile_unavailable with Retry-After and writes nothing, when %s (refuse)', async (_label, fetcher) => {
    useSiteverify(fetcher);
    const registration = await validRegistration();
    await expectUnavailable(() => registerWith('refuse', registration));
    expect(warnings).toHaveBeenCalledWith('Turnstile siteverify unreachable: registration refused');
  });

  it('gives up on a hanging siteverify after two bounded attempts', async () => {
    const signals: (AbortSignal | undefined)[] = [];
    useSiteverify(hanging(signals));
    const registration = await validRegistration();
    const started = Date.now();
    await expectUnavailable(() => registerWith('refuse', registration));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(signals).toHaveLength(2);
    expect(signals.every((signal) => signal?.aborted)).toBe(true);
  });

  it('accepts for review a registration whose siteverify does not answer in time (review)', async () => {
    useSiteverify(hanging());
    const response = await registerWith('review', await validRegistration());
    expect(response.status).toBe(201);
    expect(await response.json<RegistrationResult>()).toMatchObject({ moderation: 'review_first', published: false });
  });

  it('refuses as the deployment is configured by default', async () => {
    useSiteverify(unreachable);
    const registration = await validRegistration();
    await expectUnavailable(() => register(registration, { headers: { 'accept-language': 'fr' } }));
  });

  it.each([
    ['unset', undefined],
    ['empty', ''],
    ['unknown', 'allow'],
    ['not exactly "review"', 'Review'],
  ])('refuses when the setting is %s', async (_label, setting) => {
    useSiteverify(unreachable);
    const registration = await validRegistration();
    await expectUnavailable(() => registerWith(setting, registration));
  });

  it('tells an English speaker the same', async () => {
    useSiteverify(unreachable);
    const response = await register(await validRegistration(), { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(503);
    expect((await response.json<ErrorBody>()).error.message).toBe('The anti-robot check is temporarily unavailable. Try again in a few minutes: what you typed is kept.');
  });

  it('accepts a registration held unpublished for review, even where the tenant publishes at once (review)', async () => {
    useSiteverify(unreachable);
    const response = await registerWith('review', await validRegistration());
    expect(response.status).toBe(201);
    const result = await response.json<RegistrationResult>();
    expect(result).toMatchObject({ moderation: 'review_first', published: false });
    expect(result.message).toMatch(/relit votre fiche avant de la publier/);
    const row = await env.DB.prepare('SELECT published, moderation_state FROM listings WHERE id = ?1').bind(result.listingId).first();
    expect(row).toEqual({ published: 0, moderation_state: 'pending' });
    expect((await request(HOST_A, `/api/v1/listings/${result.listingId}`)).status).toBe(404);
    expect(warnings).toHaveBeenCalledWith('Turnstile siteverify unreachable: registration held for review');
  });

  it('shows the console why a held registration waits, and nothing for the usual ones', async () => {
    useSiteverify(unreachable);
    const held = await (await registerWith('review', await validRegistration())).json<RegistrationResult>();
    useSiteverify(async () => Response.json({ success: true, hostname: HOST_A, action: 'register' }));
    const usual = await (await registerWith('review', await validRegistration())).json<RegistrationResult>();
    expect(usual.published).toBe(true);
    const session = await signIn(TENANT_A.id, 'moderator@a.fr');
    const { items } = await (await consoleRequest(session, '/moderation?kind=registration')).json<{ items: QueueItem[] }>();
    expect(items).toContainEqual(expect.objectContaining({ listingId: held.listingId, published: false, holdReason: 'turnstile_unavailable' }));
    expect(items).toContainEqual(expect.objectContaining({ listingId: usual.listingId, published: true, holdReason: null }));
  });

  it.each([
    ['a filled honeypot', 400, 'rejected', async () => validRegistration({ nickname: 'bot' })],
    ['a form sent too fast', 400, 'too_fast', async () => validRegistration({ formToken: await formTokenFor(TENANT_A.id, new Date(clock.now.getTime() - 1000)) })],
    ['a forged form token', 400, 'form_expired', async () => validRegistration({ formToken: 'garbage' })],
    ['a missing Turnstile token', 403, 'turnstile_failed', async () => validRegistration({ turnstileToken: '' })],
  ])('still refuses %s when holding for review', async (_label, status, code, body) => {
    useSiteverify(unreachable);
    const registration = await body();
    await expectRefused(() => registerWith('review', registration), status, code);
  });

  it('still applies the write limits when holding for review', async () => {
    useSiteverify(unreachable, 1);
    expect((await registerWith('review', await validRegistration())).status).toBe(201);
    expect((await registerWith('review', await validRegistration())).status).toBe(429);
  });
});

describe('POST /api/v1/registrations when Turnstile answers', () => {
  it.each([
    ['refuse', 'invalid-input-response', 'turnstile_failed'],
    ['review', 'invalid-input-response', 'turnstile_failed'],
    ['refuse', 'timeout-or-duplicate', 'turnstile_spent'],
    ['review', 'timeout-or-duplicate', 'turnstile_spent'],
  ])('answers 403 as always whatever the setting (%s, %s)', async (setting, errorCode, code) => {
    useSiteverify(answering(errorCode));
    const registration = await validRegistration();
    await expectRefused(() => registerWith(setting, registration), 403, code);
  });
});
