import type { LogoType } from '#schema/console/logo.ts';

/** Every object of a tenant lives under its id: a key is never built from what a request names alone. */
const prefixOf = (tenantId: number) => `tenants/${tenantId}/logo/`;

/** The first 64 bits of the SHA-256 of the file: a new file gets a new address, so caches never serve an old one. */
async function versionOf(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.subarray(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function putLogo(bucket: R2Bucket, tenantId: number, bytes: Uint8Array<ArrayBuffer>, type: LogoType): Promise<string> {
  const version = await versionOf(bytes);
  await bucket.put(`${prefixOf(tenantId)}${version}`, bytes, { httpMetadata: { contentType: type } });
  return version;
}

export function getLogo(bucket: R2Bucket, tenantId: number, version: string): Promise<R2ObjectBody | null> {
  return bucket.get(`${prefixOf(tenantId)}${version}`);
}

/** Removes the tenant's logos but `keep`: once the new address is saved, the old files serve no one. */
export async function removeLogos(bucket: R2Bucket, tenantId: number, keep: string | null = null): Promise<void> {
  const listed = await bucket.list({ prefix: prefixOf(tenantId) });
  const stale = listed.objects.map((object) => object.key).filter((key) => key !== `${prefixOf(tenantId)}${keep}`);
  if (stale.length > 0) await bucket.delete(stale);
}
