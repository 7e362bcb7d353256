import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES, type LogoView } from '#schema/console/logo.ts';
import type { TenantSettingsView } from '#schema/console/settings.ts';
import { bookmarkCookieOf, request } from './support.ts';
import { auditRows, consoleRequest, hostOf, setUpConsoleTests, signIn, type Session } from './console-support.ts';

setUpConsoleTests([
  [1, 'admin@a.fr', 'admin'],
  [1, 'modo@a.fr', 'moderator'],
  [2, 'admin@b.fr', 'admin'],
]);

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A file that starts like a PNG (its magic number), then `size` bytes in all, `fill` after it. */
function pngBytes(size = 600, fill = 7): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size).fill(fill);
  bytes.set(PNG_SIGNATURE);
  return bytes;
}

const JPEG = () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...new Array<number>(200).fill(1)]);
const WEBP = () => new Uint8Array([...new TextEncoder().encode('RIFF'), 0x20, 0, 0, 0, ...new TextEncoder().encode('WEBPVP8 '), ...new Array<number>(100).fill(2)]);
const SVG = () => Uint8Array.from(new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
const GIF = () => Uint8Array.from(new TextEncoder().encode('GIF89a' + 'x'.repeat(100)));

function upload(session: Session | { host: string; cookie?: string }, bytes: Uint8Array<ArrayBuffer>, contentType = 'image/png', headers: Record<string, string> = {}): Promise<Response> {
  const sent: Record<string, string> = { origin: `http://${session.host}`, 'accept-language': 'en', 'content-type': contentType, ...headers };
  if (session.cookie) sent.cookie = `__Host-vitrine-staff=${session.cookie}`;
  return request(session.host, '/api/v1/console/settings/logo', { method: 'PUT', headers: sent, body: bytes });
}

/** The logo the public page of the tenant reads, by a visitor who just wrote (past the edge cache's age). */
async function publicLogoUrl(tenantId: number, write: Response): Promise<string | null> {
  const headers = { cookie: bookmarkCookieOf(write) };
  return (await (await request(hostOf(tenantId), '/api/v1/tenant', { headers })).json<{ logoUrl: string | null }>()).logoUrl;
}

async function savedLogoUrl(tenantId: number): Promise<string | null> {
  return (await env.DB.prepare('SELECT logo_url FROM tenants WHERE id = ?1').bind(tenantId).first<{ logo_url: string | null }>())!.logo_url;
}

async function storedKeys(tenantId: number): Promise<string[]> {
  return (await env.UPLOADS.list({ prefix: `tenants/${tenantId}/` })).objects.map((object) => object.key);
}

beforeEach(async () => {
  for (const tenantId of [1, 2]) {
    const keys = await storedKeys(tenantId);
    if (keys.length) await env.UPLOADS.delete(keys);
  }
  await env.DB.prepare('UPDATE tenants SET logo_url = NULL').run();
});

describe('PUT /api/v1/console/settings/logo', () => {
  it('stores the file in R2 under the tenant, and the public page of that host shows it from its own origin', async () => {
    const session = await signIn(1, 'admin@a.fr');
    const bytes = pngBytes();
    const response = await upload(session, bytes);
    expect(response.status).toBe(200);
    const { logoUrl } = await response.json<LogoView>();
    expect(logoUrl).toMatch(/^\/brand\/logo\/[0-9a-f]{16}$/);
    expect(await publicLogoUrl(1, response)).toBe(logoUrl);
    expect((await (await consoleRequest(session, '/settings')).json<TenantSettingsView>()).logoUrl).toBe(logoUrl);

    const served = await request(hostOf(1), logoUrl!);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes);
    expect(await storedKeys(1)).toEqual([`tenants/1/logo/${logoUrl!.split('/').pop()}`]);
    expect((await auditRows(1)).at(-1)).toMatchObject({ actor: 'admin:admin@a.fr', action: 'upload_logo' });
  });

  it.each([
    ['JPEG', JPEG, 'image/jpeg'],
    ['WebP', WEBP, 'image/webp'],
  ] as const)('accepts a %s logo and serves it with its type', async (_label, file, type) => {
    const session = await signIn(1, 'admin@a.fr');
    const { logoUrl } = await (await upload(session, file(), type)).json<LogoView>();
    expect((await request(hostOf(1), logoUrl!)).headers.get('content-type')).toBe(type);
  });

  it('replaces the previous logo: a new address, and the old file is gone', async () => {
    const session = await signIn(1, 'admin@a.fr');
    const first = (await (await upload(session, pngBytes(600, 1))).json<LogoView>()).logoUrl!;
    const second = (await (await upload(session, pngBytes(600, 2))).json<LogoView>()).logoUrl!;
    expect(second).not.toBe(first);
    expect((await request(hostOf(1), first)).status).toBe(404);
    expect((await request(hostOf(1), second)).status).toBe(200);
    expect(await storedKeys(1)).toHaveLength(1);
  });

  it.each([
    ['an SVG file, even sent as PNG', SVG, 'image/png', 415, 'logo_svg', 'SVG logos are not accepted'],
    ['a GIF', GIF, 'image/gif', 415, 'logo_type', 'The logo must be a PNG, JPEG or WebP image.'],
    ['text sent with an image type', () => Uint8Array.from(new TextEncoder().encode('hello, not an image')), 'image/png', 415, 'logo_type', 'The logo must be a PNG, JPEG or WebP image.'],
    ['a PNG declared as JPEG', () => pngBytes(), 'image/jpeg', 415, 'logo_type', 'The logo must be a PNG, JPEG or WebP image.'],
    ['a file over 200 kB', () => pngBytes(LOGO_MAX_BYTES + 1), 'image/png', 413, 'logo_too_large', 'The logo is over 200 kB'],
  ] as const)('refuses %s with a field message, and keeps the logo it had', async (_label, file, type, status, code, message) => {
    const session = await signIn(1, 'admin@a.fr');
    const kept = (await (await upload(session, pngBytes())).json<LogoView>()).logoUrl;
    const response = await upload(session, file(), type);
    expect(response.status).toBe(status);
    const body = await response.json<ErrorBody>();
    expect(body.error.code).toBe(code);
    expect(body.error.fields?.logo?.[0]).toContain(message);
    expect(await savedLogoUrl(1)).toBe(kept);
    expect(await storedKeys(1)).toHaveLength(1);
  });

  it('accepts a file of exactly 200 kB', async () => {
    const session = await signIn(1, 'admin@a.fr');
    expect((await upload(session, pngBytes(LOGO_MAX_BYTES))).status).toBe(200);
  });

  it('refuses an upload from another site (CSRF), without a session, or from a moderator', async () => {
    const admin = await signIn(1, 'admin@a.fr');
    const crossSite = await upload(admin, pngBytes(), 'image/png', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    expect((await upload({ host: hostOf(1) }, pngBytes())).status).toBe(401);
    const moderator = await signIn(1, 'modo@a.fr');
    expect((await upload(moderator, pngBytes())).status).toBe(403);
    expect(await storedKeys(1)).toEqual([]);
    expect(await savedLogoUrl(1)).toBeNull();
  });
});

describe('another tenant and its logo', () => {
  it('cannot read it: the same address on its own host is not found', async () => {
    const session = await signIn(1, 'admin@a.fr');
    const { logoUrl } = await (await upload(session, pngBytes())).json<LogoView>();
    expect((await request(hostOf(2), logoUrl!)).status).toBe(404);
    expect((await request(hostOf(1), logoUrl!)).status).toBe(200);
  });

  it('cannot overwrite it: its session is refused on the other host, and its own upload stays its own', async () => {
    const a = await signIn(1, 'admin@a.fr');
    const b = await signIn(2, 'admin@b.fr');
    const writeOfA = await upload(a, pngBytes(600, 1));
    const logoOfA = (await writeOfA.json<LogoView>()).logoUrl;
    // B's cookie sent to A's host is no session there.
    expect((await upload({ host: hostOf(1), cookie: b.cookie }, pngBytes(600, 9))).status).toBe(401);
    const writeOfB = await upload(b, pngBytes(600, 2));
    const logoOfB = (await writeOfB.json<LogoView>()).logoUrl;
    expect(await publicLogoUrl(1, writeOfA)).toBe(logoOfA);
    expect(await publicLogoUrl(2, writeOfB)).toBe(logoOfB);
    expect((await request(hostOf(1), logoOfA!)).status).toBe(200);
    expect(await storedKeys(1)).toHaveLength(1);
    expect(await storedKeys(2)).toHaveLength(1);
  });
});

describe('DELETE /api/v1/console/settings/logo', () => {
  it('removes the logo from the public page and from R2', async () => {
    const session = await signIn(1, 'admin@a.fr');
    const { logoUrl } = await (await upload(session, pngBytes())).json<LogoView>();
    const response = await consoleRequest(session, '/settings/logo', { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(await response.json<LogoView>()).toEqual({ logoUrl: null });
    expect(await publicLogoUrl(1, response)).toBeNull();
    expect((await request(hostOf(1), logoUrl!)).status).toBe(404);
    expect(await storedKeys(1)).toEqual([]);
  });
});

describe('GET /brand/logo/:version', () => {
  it('answers 404 for an address that is not a logo version', async () => {
    expect((await request(hostOf(1), '/brand/logo/..%2F..%2Ftenants%2F2%2Flogo')).status).toBe(404);
    expect((await request(hostOf(1), '/brand/logo/0123456789abcdef')).status).toBe(404);
  });
});
