import { base64UrlEncode } from './push-encoding.ts';
import { newSecretToken, sha256Hex } from './tokens.ts';

/**
 * The unsubscribe token of a subscription: HMAC-SHA-256, under the deployment's signing key, of
 * the row's random salt. It can be rebuilt for every alert email while the database holds only
 * the salt and the token's SHA-256: a copy of the database unsubscribes no one.
 */
export async function unsubscribeToken(signingKey: string, salt: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(signingKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`alerts-unsubscribe:${salt}`));
  return base64UrlEncode(new Uint8Array(mac));
}

export async function newUnsubscribeSecret(signingKey: string): Promise<{ salt: string; token: string; hash: string }> {
  const salt = newSecretToken();
  const token = await unsubscribeToken(signingKey, salt);
  return { salt, token, hash: await sha256Hex(token) };
}

/** The links travel with their token in the fragment: never sent to a server or in a Referer. */
export function confirmUrl(origin: string, token: string): string {
  return `${origin}/alertes#confirm=${token}`;
}

export function unsubscribeUrl(origin: string, token: string): string {
  return `${origin}/alertes#unsubscribe=${token}`;
}
