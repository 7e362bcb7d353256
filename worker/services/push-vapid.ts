import { base64UrlDecode, base64UrlEncode } from './push-encoding.ts';

/** A deployment's VAPID key pair (RFC 8292): public key as the 65-byte point, private as the 32-byte scalar. */
export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

const JWT_LIFETIME_S = 12 * 3600;

async function signingKey(keys: VapidKeys): Promise<CryptoKey> {
  const point = base64UrlDecode(keys.publicKey);
  if (point.length !== 65 || point[0] !== 4) throw new Error('VAPID_PUBLIC_KEY must be an uncompressed P-256 point');
  const jwk: JsonWebKey = {
    kty: 'EC', crv: 'P-256', d: keys.privateKey,
    x: base64UrlEncode(point.slice(1, 33)), y: base64UrlEncode(point.slice(33, 65)),
  };
  return crypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
}

/**
 * The `Authorization: vapid t=…, k=…` header for one push service: a JWT (ES256) whose audience
 * is the endpoint's origin. WebCrypto's ECDSA signature is r|s, the form JWS asks for.
 */
export async function vapidAuthorization(endpoint: string, keys: VapidKeys, now: Date): Promise<string> {
  const encode = (value: unknown) => base64UrlEncode(new TextEncoder().encode(JSON.stringify(value)));
  const claims = { aud: new URL(endpoint).origin, exp: Math.floor(now.getTime() / 1000) + JWT_LIFETIME_S, sub: keys.subject };
  const unsigned = `${encode({ typ: 'JWT', alg: 'ES256' })}.${encode(claims)}`;
  const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, await signingKey(keys), new TextEncoder().encode(unsigned));
  return `vapid t=${unsigned}.${base64UrlEncode(new Uint8Array(signature))}, k=${keys.publicKey}`;
}
