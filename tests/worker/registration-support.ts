import { env } from 'cloudflare:workers';
import { buildTenant } from '#seed/factories.ts';
import type { RegistrationInput } from '#schema/registration.ts';
import { luhnCheckDigit } from '#schema/siret.ts';
import { signFormStart } from '#worker/services/form-token.ts';
import { replaceServices, restoreServices } from '#worker/services/index.ts';
import type { Mail, Mailer } from '#worker/services/mailer.ts';
import { memoryRateLimiter } from '#worker/services/rate-limit.ts';
import type { TurnstileVerifier } from '#worker/services/turnstile.ts';
import { TENANT_A, insertTenants, request } from './support.ts';

export const HOST_A = 'tenant-a.localhost';
export const HOST_M = 'tenant-m.localhost';
export const SIGNING_KEY = 'test-signing-key';

/** A second territory far from A's: the Morbihan. */
export const TENANT_M = buildTenant({
  id: 3, slug: 'tenant-m', name: 'CCI du Morbihan', centre_lat: 47.75, centre_lng: -2.85,
  bounds_west: -3.7, bounds_south: 47.25, bounds_east: -2.0, bounds_north: 48.2,
});

export async function insertRegistrationTenants(): Promise<void> {
  await insertTenants({ tenant: TENANT_A }, { tenant: TENANT_M });
}

/**
 * Turnstile without the network: `pass…` tokens succeed once (a second use answers as
 * siteverify does for a replay), anything else fails.
 */
export function fakeTurnstile(): TurnstileVerifier & { seen: string[] } {
  const used = new Set<string>();
  const seen: string[] = [];
  return {
    seen,
    async verify({ token }) {
      seen.push(token);
      if (!token) return { ok: false, reason: 'missing' };
      if (!token.startsWith('pass')) return { ok: false, reason: 'invalid' };
      if (used.has(token)) return { ok: false, reason: 'spent' };
      used.add(token);
      return { ok: true };
    },
  };
}

/** A settable clock; forms are sent a minute after they were opened unless told otherwise. */
export const clock = { now: new Date('2026-11-20T10:00:00Z') };

/** Mails as sent, and the outbox behind them, for the tests that read the links. */
export function recordingMailer(): Mailer & { sent: Mail[] } {
  const sent: Mail[] = [];
  return { sent, async send(mail) { sent.push(mail); } };
}

export function useFakeServices(overrides: Parameters<typeof replaceServices>[0] = {}) {
  const turnstile = fakeTurnstile();
  restoreServices();
  replaceServices({
    turnstile,
    now: () => clock.now,
    formSigningKey: SIGNING_KEY,
    writeLimits: {
      perIp: memoryRateLimiter({ limit: 1000, periodSeconds: 60 }),
      perTenant: memoryRateLimiter({ limit: 1000, periodSeconds: 60 }),
    },
    ...overrides,
  });
  return { turnstile };
}

let tokenCounter = 0;
export const passToken = () => `pass-${++tokenCounter}`;

export async function formTokenFor(tenantId: number, openedAt = new Date(clock.now.getTime() - 60_000)): Promise<string> {
  return signFormStart(SIGNING_KEY, tenantId, openedAt);
}

let siretCounter = 0;
/** A fresh valid SIRET per call, so registrations do not collide as duplicates. */
export function freshSiret(): string {
  const body = String(55_000_000 + ++siretCounter);
  const siren = body + luhnCheckDigit(body);
  const nic = siren + '0001';
  return nic + luhnCheckDigit(nic);
}

let nameCounter = 0;
/** A valid registration in Marseille (tenant A's territory), each with its own name and SIRET. */
export async function validRegistration(overrides: Partial<RegistrationInput> = {}, tenantId = TENANT_A.id): Promise<RegistrationInput> {
  return {
    name: `Boulangerie du Port ${++nameCounter}`,
    siret: freshSiret(),
    category: 'bakery',
    address: '12 quai du Port',
    postcode: '13002',
    commune: 'Marseille 2e Arrondissement',
    communeInsee: '13202',
    lat: 43.2965 + nameCounter * 0.003,
    lng: 5.3698,
    phone: '04 91 00 00 00',
    email: `boulangerie${nameCounter}@example.fr`,
    website: 'https://boulangerie.example.fr',
    openingHours: 'Tu-Sa 07:00-13:00,15:30-19:30; Su 07:00-12:30',
    services: ['takeaway'],
    status: 'open',
    formToken: await formTokenFor(tenantId),
    turnstileToken: passToken(),
    nickname: '',
    ...overrides,
  };
}

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

export function postJson(host: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return request(host, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.1', ...headers },
    body: JSON.stringify(body),
  });
}

export function register(body: unknown, options: { host?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  return postJson(options.host ?? HOST_A, '/api/v1/registrations', body, options.headers);
}

export async function setModerationMode(tenantId: number, mode: 'publish_then_review' | 'review_first'): Promise<void> {
  await env.DB.prepare('UPDATE tenants SET moderation_mode = ?2 WHERE id = ?1').bind(tenantId, mode).run();
}

/** The token of the latest private link mailed to a listing, read back from the mail text. */
export function linkTokenIn(mail: Mail | undefined): string {
  const match = mail?.text.match(/#token=([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error(`no private link in mail: ${mail?.text}`);
  return match[1];
}
