import { beforeAll, beforeEach } from 'vitest';
import { request } from './support.ts';
import { HOST_A, clock, insertRegistrationTenants, linkTokenIn, recordingMailer, register, useFakeServices, validRegistration } from './registration-support.ts';
import type { RegistrationInput } from '#schema/registration.ts';

/** What a browser page of the tenant sends with a write. */
export function sameOrigin(host = HOST_A): Record<string, string> {
  return { origin: `http://${host}`, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.9' };
}

export async function registerAndGetLink(mailer: ReturnType<typeof recordingMailer>, overrides: Partial<RegistrationInput> = {}) {
  const registration = await validRegistration(overrides);
  const { listingId } = await (await register(registration)).json<{ listingId: string }>();
  const mail = mailer.sent.findLast((m) => m.listingId === listingId);
  return { listingId, token: linkTokenIn(mail), registration };
}

export async function openSession(token: string, host = HOST_A): Promise<Response> {
  return request(host, '/api/v1/self-service/session', { method: 'POST', headers: sameOrigin(host), body: JSON.stringify({ token }) });
}

/** The `name=value` part of the session cookie a response set. */
export function sessionCookieOf(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  const pair = header.split(';')[0] ?? '';
  if (!pair.startsWith('__Host-vitrine-listing=')) throw new Error(`no session cookie in: ${header}`);
  return pair;
}

export function asShopkeeper(cookie: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  return request(HOST_A, `/api/v1/self-service${path}`, {
    method: init.method ?? 'GET',
    headers: { ...sameOrigin(), cookie, ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

/** A registered shopkeeper who opened the private link: the listing, its link and the session cookie. */
export async function signedInShopkeeper(mailer: ReturnType<typeof recordingMailer>) {
  const registered = await registerAndGetLink(mailer);
  return { ...registered, cookie: sessionCookieOf(await openSession(registered.token)) };
}

/**
 * What every self-service test file starts from: the registration tenants, a recording mailer and
 * the clock at a fixed instant before each test, and shopkeepers signed in through their link.
 */
export function useShopkeepers(at = '2026-11-20T10:00:00Z') {
  const mailer = recordingMailer();
  beforeAll(insertRegistrationTenants);
  beforeEach(() => {
    clock.now = new Date(at);
    useFakeServices({ mailer });
  });
  return { mailer, shopkeeper: () => signedInShopkeeper(mailer) };
}
