/**
 * What the load benchmarks share: requests to a tenant's host on the built app, writes from
 * many client addresses, and shopkeepers with a private-link session ready to update a listing.
 */
import { request as httpRequest } from 'node:http';
import { luhnValid } from '../schema/siret.ts';
import type { TestServer } from '../tests/support/server.ts';

export const SLUGS = ['aix-marseille-provence', 'morbihan'] as const;
export type Slug = (typeof SLUGS)[number];
/** A commune of each territory: registrations only need a well-formed code and a point inside the bounds. */
export const COMMUNE: Record<Slug, { commune: string; insee: string; postcode: string }> = {
  'aix-marseille-provence': { commune: 'Marseille 2e Arrondissement', insee: '13202', postcode: '13002' },
  morbihan: { commune: 'Vannes', insee: '56260', postcode: '56000' },
};
/** Registrations sooner than this after their form opened are refused as bots. */
export const MIN_FILL_MS = 4_000;
export type Bounds = { west: number; south: number; east: number; north: number };
export type Answer = { status: number; body: string; headers: Record<string, string | string[] | undefined> };

export function call(server: TestServer, slug: Slug, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const host = `${slug}.localhost:${server.port}`;
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        method,
        path,
        headers: { host, ...(payload ? { 'content-type': 'application/json' } : {}), ...headers },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text, headers: response.headers }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

let ipCounter = 0;
/** TEST-NET-2/3 addresses: one per write, as from many residents' phones. */
export function nextIp(): string {
  ipCounter++;
  return `198.${18 + ((ipCounter >> 16) & 1)}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

export function sameOrigin(server: TestServer, slug: Slug): Record<string, string> {
  return { origin: `http://${slug}.localhost:${server.port}`, 'sec-fetch-site': 'same-origin', 'cf-connecting-ip': nextIp() };
}

function luhnDigit(body: string): string {
  for (let d = 0; d < 10; d++) if (luhnValid(body + d)) return String(d);
  throw new Error('no Luhn digit');
}

let registrationCounter = 0;
/** Unique name, SIRET and place: the duplicate check must not turn a bench write into a 409. */
export function registration(slug: Slug, bounds: Bounds, formToken: string) {
  const n = ++registrationCounter;
  const siren = String(71_000_000 + process.pid * 1000 + n).slice(-8);
  const sirenFull = siren + luhnDigit(siren);
  const nic = sirenFull + String(n % 10000).padStart(4, '0');
  const place = COMMUNE[slug];
  return {
    name: `Bench ${process.pid} commerce ${n}`,
    siret: nic + luhnDigit(nic),
    category: 'bakery',
    address: `${n} rue du Banc d'essai`,
    postcode: place.postcode,
    commune: place.commune,
    communeInsee: place.insee,
    lat: bounds.south + Math.random() * (bounds.north - bounds.south),
    lng: bounds.west + Math.random() * (bounds.east - bounds.west),
    phone: '04 91 00 00 00',
    email: `bench${process.pid}-${n}@example.fr`,
    website: null,
    openingHours: 'Mo-Sa 08:00-19:00',
    services: ['takeaway'],
    status: 'open',
    formToken,
    turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX',
    nickname: '',
  };
}

/** Each tenant's bounds and an opened registration form, once the form has been open long enough to post. */
export async function openRegistrationForms(server: TestServer): Promise<{ bounds: Record<Slug, Bounds>; formTokens: Record<Slug, string> }> {
  const bounds = {} as Record<Slug, Bounds>;
  const formTokens = {} as Record<Slug, string>;
  for (const slug of SLUGS) {
    bounds[slug] = (JSON.parse((await call(server, slug, 'GET', '/api/v1/tenant')).body) as { map: { bounds: Bounds } }).map.bounds;
    formTokens[slug] = (JSON.parse((await call(server, slug, 'GET', '/api/v1/registrations/form')).body) as { formToken: string }).formToken;
  }
  // The form tokens say when the form opened: registrations sooner than that are bots.
  await new Promise((r) => setTimeout(r, MIN_FILL_MS + 500));
  return { bounds, formTokens };
}

export type Session = { slug: Slug; listingId: string; cookie: string };

export async function prepareSessions(server: TestServer, bounds: Record<Slug, Bounds>, formTokens: Record<Slug, string>, count: number): Promise<Session[]> {
  const pending: Array<{ slug: Slug; listingId: string }> = [];
  for (let i = 0; i < count; i++) {
    const slug = SLUGS[i % 2]!;
    const answer = await call(server, slug, 'POST', '/api/v1/registrations', registration(slug, bounds[slug], formTokens[slug]), { 'cf-connecting-ip': nextIp() });
    if (answer.status !== 201) throw new Error(`session registration: HTTP ${answer.status} ${answer.body}`);
    pending.push({ slug, listingId: (JSON.parse(answer.body) as { listingId: string }).listingId });
  }
  const sessions: Session[] = [];
  for (const slug of SLUGS) {
    const outbox = JSON.parse((await call(server, slug, 'GET', '/dev/outbox?format=json')).body) as { mails: Array<{ listingId: string | null; text: string }> };
    for (const { listingId } of pending.filter((p) => p.slug === slug)) {
      const token = outbox.mails.find((m) => m.listingId === listingId)?.text.match(/#token=([A-Za-z0-9_-]+)/)?.[1];
      if (!token) throw new Error(`no private link for ${listingId} in the outbox`);
      const answer = await call(server, slug, 'POST', '/api/v1/self-service/session', { token }, sameOrigin(server, slug));
      const cookie = String(answer.headers['set-cookie'] ?? '').split(';')[0] ?? '';
      if (answer.status !== 200 || !cookie.includes('=')) throw new Error(`session exchange: HTTP ${answer.status} ${answer.body}`);
      sessions.push({ slug, listingId, cookie });
    }
  }
  return sessions;
}

