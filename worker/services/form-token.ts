/**
 * The time a registration form was opened, signed so that a bot cannot pretend it spent time on
 * the form. Bound to the tenant: a token from one CCI's form is refused by another.
 */
export const MIN_FILL_MS = 4_000;
export const FORM_TOKEN_MAX_AGE_MS = 24 * 3600_000;

async function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

function toHex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-f]{2})+$/.test(hex)) return null;
  return new Uint8Array(hex.match(/../g)!.map((pair) => parseInt(pair, 16)));
}

export async function signFormStart(secret: string, tenantId: number, at: Date): Promise<string> {
  const payload = `${at.getTime()}.${tenantId}`;
  const signature = await crypto.subtle.sign('HMAC', await hmacKey(secret), new TextEncoder().encode(payload));
  return `${payload}.${toHex(signature)}`;
}

export type FormTiming = { ok: true } | { ok: false; reason: 'invalid' | 'too_fast' };

export async function checkFormStart(secret: string, tenantId: number, token: string, now: Date): Promise<FormTiming> {
  const [issued, tenant, signatureHex = ''] = token.split('.');
  const signature = fromHex(signatureHex);
  if (!signature || tenant !== String(tenantId) || !/^\d{1,15}$/.test(issued ?? '')) return { ok: false, reason: 'invalid' };
  const valid = await crypto.subtle.verify('HMAC', await hmacKey(secret), signature, new TextEncoder().encode(`${issued}.${tenant}`));
  if (!valid) return { ok: false, reason: 'invalid' };
  const elapsed = now.getTime() - Number(issued);
  if (elapsed > FORM_TOKEN_MAX_AGE_MS || elapsed < -60_000) return { ok: false, reason: 'invalid' };
  return elapsed < MIN_FILL_MS ? { ok: false, reason: 'too_fast' } : { ok: true };
}
