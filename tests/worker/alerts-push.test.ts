import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatchAlerts } from '#worker/services/alert-dispatch.ts';
import { base64UrlDecode, base64UrlEncode, concatBytes } from '#worker/services/push-encoding.ts';
import { replacePushService, webPushService } from '#worker/services/push.ts';
import { addListings, clock, hostOf, insertConsoleTenants, useConsoleServices } from './console-support.ts';
import { post, reopenListing } from './alerts-support.ts';
import { request } from './support.ts';

const host = hostOf(1);
let listingId: string;

type Browser = { keys: CryptoKeyPair; p256dh: string; auth: Uint8Array<ArrayBuffer> };

/** A browser's side of a push subscription: its ECDH key pair and auth secret. */
async function browser(): Promise<Browser> {
  const keys = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])) as CryptoKeyPair;
  const raw = new Uint8Array((await crypto.subtle.exportKey('raw', keys.publicKey)) as ArrayBuffer);
  return { keys, p256dh: base64UrlEncode(raw), auth: crypto.getRandomValues(new Uint8Array(16)) };
}

function subscription(b: Browser, endpoint: string) {
  return { endpoint, keys: { p256dh: b.p256dh, auth: base64UrlEncode(b.auth) }, language: 'en' };
}

async function hkdf(salt: Uint8Array<ArrayBuffer>, ikm: Uint8Array<ArrayBuffer>, info: string | Uint8Array<ArrayBuffer>, bytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const key = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  const infoBytes = typeof info === 'string' ? new Uint8Array(new TextEncoder().encode(info)) : info;
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info: infoBytes }, key, bytes * 8));
}

/** What the browser does with a message (RFC 8291 §3.4, RFC 8188): written apart from the sender's code. */
async function decrypt(b: Browser, body: Uint8Array<ArrayBuffer>): Promise<string> {
  const salt = body.slice(0, 16);
  const idLength = body[20]!;
  const asPublic = body.slice(21, 21 + idLength);
  const peer = await crypto.subtle.importKey('raw', asPublic, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
  const secret = new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: peer } as unknown as SubtleCryptoDeriveKeyAlgorithm, b.keys.privateKey, 256));
  const uaPublic = base64UrlDecode(b.p256dh);
  const ikm = await hkdf(b.auth, secret, concatBytes(new TextEncoder().encode('WebPush: info\0'), uaPublic, asPublic), 32);
  const key = await crypto.subtle.importKey('raw', await hkdf(salt, ikm, 'Content-Encoding: aes128gcm\0', 16), 'AES-GCM', false, ['decrypt']);
  const plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: await hkdf(salt, ikm, 'Content-Encoding: nonce\0', 12) }, key, body.slice(21 + idLength)));
  expect(plain[plain.length - 1]).toBe(2);
  return new TextDecoder().decode(plain.slice(0, -1));
}

beforeAll(async () => {
  await insertConsoleTenants();
});

beforeEach(async () => {
  clock.now = new Date('2026-11-20T10:00:00Z');
  useConsoleServices();
  await env.DB.batch([env.DB.prepare('DELETE FROM alert_subscriptions'), env.DB.prepare('DELETE FROM push_outbox')]);
  listingId = (await addListings(1, 1, { status: 'temporarily_closed' }))[0]!.id;
});

afterEach(() => replacePushService(null));

describe('reopening alerts by Web Push', () => {
  it('records the payload through the local push service, with no network', async () => {
    const key = (await fetchKey()).publicKey;
    expect(base64UrlDecode(key)).toHaveLength(65);
    const b = await browser();
    expect((await post(host, `/alerts/listings/${listingId}/push`, subscription(b, 'https://push.example.net/send/abc'))).status).toBe(201);
    await reopenListing(listingId);
    expect(await dispatchAlerts(env)).toBe(1);
    const row = await env.DB.prepare('SELECT endpoint, payload FROM push_outbox').first<{ endpoint: string; payload: string }>();
    expect(row?.endpoint).toBe('https://push.example.net/send/abc');
    expect(JSON.parse(row!.payload)).toMatchObject({ listingId, kind: 'reopened', body: 'Has reopened.', url: expect.stringContaining(`/l/${listingId}`) });
  });

  it('forgets an expired subscription the push service answers 410 for', async () => {
    const b = await browser();
    await post(host, `/alerts/listings/${listingId}/push`, subscription(b, 'https://push.example.net/gone/xyz'));
    await reopenListing(listingId);
    expect(await dispatchAlerts(env)).toBe(0);
    expect((await env.DB.prepare('SELECT count(*) AS n FROM alert_subscriptions').first<{ n: number }>())?.n).toBe(0);
  });

  it('sends an aes128gcm message the browser can decrypt, signed with the deployment VAPID key', async () => {
    const vapid = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const jwk = (await crypto.subtle.exportKey('jwk', vapid.privateKey)) as JsonWebKey;
    const publicKey = base64UrlEncode(new Uint8Array((await crypto.subtle.exportKey('raw', vapid.publicKey)) as ArrayBuffer));
    const requests: Request[] = [];
    const fakeFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(new Request(input, init));
      return new Response(null, { status: requests.length === 1 ? 201 : 410 });
    }) as typeof fetch;
    replacePushService(webPushService({ publicKey, privateKey: jwk.d!, subject: 'mailto:cci@example.fr' }, () => clock.now, fakeFetch));
    const b = await browser();
    await post(host, `/alerts/listings/${listingId}/push`, subscription(b, 'https://fcm.example.com/wp/abc'));
    await reopenListing(listingId);
    expect(await dispatchAlerts(env)).toBe(1);

    const sent = requests[0]!;
    expect(sent.headers.get('content-encoding')).toBe('aes128gcm');
    expect(sent.headers.get('ttl')).toBe('86400');
    const payload = JSON.parse(await decrypt(b, new Uint8Array(await sent.arrayBuffer())));
    expect(payload).toMatchObject({ listingId, kind: 'reopened' });

    const [, jwt, k] = /^vapid t=([^,]+), k=(.+)$/.exec(sent.headers.get('authorization') ?? '')!;
    expect(k).toBe(publicKey);
    const [header, claims, signature] = jwt!.split('.');
    expect(JSON.parse(new TextDecoder().decode(base64UrlDecode(claims!)))).toMatchObject({ aud: 'https://fcm.example.com', sub: 'mailto:cci@example.fr' });
    const valid = await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, vapid.publicKey, base64UrlDecode(signature!), new TextEncoder().encode(`${header}.${claims}`));
    expect(valid).toBe(true);
  });
});

async function fetchKey(): Promise<{ publicKey: string }> {
  return (await request(host, '/api/v1/alerts/push-key')).json();
}
