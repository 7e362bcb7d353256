import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TenantSettings, TenantSettingsView } from '#schema/console/settings.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { PLAN_IGN_ATTRIBUTION, PLAN_IGN_TILE_URL } from '#schema/tile-sources.ts';
import { bookmarkCookieOf, request } from './support.ts';
import { auditRows, consoleRequest, publishAndVerify, type Session, setUpConsoleTests, signIn } from './console-support.ts';

let admin: Session;

setUpConsoleTests([[1, 'admin@a.fr', 'admin'], [2, 'admin@b.fr', 'admin']]);

beforeEach(async () => {
  admin = await signIn(1, 'admin@a.fr');
});

async function current(session = admin): Promise<TenantSettings> {
  const { pendingDomains: _pending, ...settings } = await (await consoleRequest(session, '/settings')).json<TenantSettingsView>();
  return settings;
}

type Problem = { error: { code: string; fields?: Record<string, string[]> } };

describe('tenant settings', () => {
  it('saves every setting, shows it on the public page and audits before/after', async () => {
    const before = await current();
    const next: TenantSettings = {
      ...before,
      name: 'CCI A Métropole',
      mainTown: 'Aubagne',
      colours: { primary: '#003366', onPrimary: '#ffffff' },
      domains: ['vitrine.cci-a.fr'],
      embedOrigins: ['https://www.cci-a.fr'],
      territory: { ...before.territory, communes: ['13055', '13001'] },
      timezone: 'Indian/Reunion',
      languages: ['fr'],
      defaultLanguage: 'fr',
      moderationMode: 'review_first',
      staleAfterDays: 60,
      closesSoonMinutes: 45,
      tileSource: 'custom',
      tileUrl: 'https://tiles.cci-a.fr/{z}/{x}/{y}.png',
      tileAttribution: 'Fond © CCI A',
      tileCacheMb: 80,
    };
    const response = await consoleRequest(admin, '/settings', { method: 'PUT', body: next });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ...next, territory: { ...next.territory, communes: ['13001', '13055'] } });
    expect((await publishAndVerify(admin, 'vitrine.cci-a.fr')).status).toBe(200);
    const publicTenant = await (await request('vitrine.cci-a.fr', '/api/v1/tenant')).json<{ name: string; mainTown: string; colours: { primary: string }; timezone: string; hours: { closesSoonMinutes: number } }>();
    expect(publicTenant).toMatchObject({ name: 'CCI A Métropole', mainTown: 'Aubagne', colours: { primary: '#003366' }, timezone: 'Indian/Reunion', hours: { closesSoonMinutes: 45 } });
    const entry = (await auditRows(1)).find((row) => row.action === 'update_settings');
    expect(JSON.parse(entry!.before_json!).name).toBe(before.name);
    expect(JSON.parse(entry!.after_json!).name).toBe('CCI A Métropole');
  });

  it('keeps the main town as one trimmed line, refuses one too long naming the field, and lets staff clear it', async () => {
    const settings = await current();
    const saved = await consoleRequest(admin, '/settings', { method: 'PUT', body: { ...settings, mainTown: '  La Ciotat\n' } });
    expect(saved.status).toBe(200);
    expect((await current()).mainTown).toBe('La Ciotat');
    const tooLong = await consoleRequest(admin, '/settings', { method: 'PUT', body: { ...settings, mainTown: 'x'.repeat(81) }, headers: { 'accept-language': 'fr' } });
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json<Problem>()).error.fields?.['mainTown']?.[0]).toMatch(/80 caractères/);
    expect((await current()).mainTown).toBe('La Ciotat');
    expect((await consoleRequest(admin, '/settings', { method: 'PUT', body: { ...settings, mainTown: '' } })).status).toBe(200);
    expect((await current()).mainTown).toBe('');
  });

  it('refuses colours below the WCAG AA contrast, naming the field in French', async () => {
    const response = await consoleRequest(admin, '/settings', {
      method: 'PUT', body: { ...(await current()), colours: { primary: '#7fa7d9', onPrimary: '#ffffff' } }, headers: { 'accept-language': 'fr' },
    });
    expect(response.status).toBe(400);
    const body = await response.json<Problem>();
    expect(body.error.fields?.['colours.onPrimary']?.[0]).toMatch(/contraste/);
  });

  it('refuses a "closes soon" delay outside 0 to 240 minutes or not whole, naming the field, and keeps the one saved', async () => {
    const settings = await current();
    for (const closesSoonMinutes of [241, -5, 12.5]) {
      const response = await consoleRequest(admin, '/settings', { method: 'PUT', body: { ...settings, closesSoonMinutes }, headers: { 'accept-language': 'fr' } });
      expect(response.status, String(closesSoonMinutes)).toBe(400);
      expect((await response.json<Problem>()).error.fields?.['closesSoonMinutes']?.[0]).toMatch(/0 à 240 minutes/);
    }
    expect((await current()).closesSoonMinutes).toBe(settings.closesSoonMinutes);
    expect((await consoleRequest(admin, '/settings', { method: 'PUT', body: { ...settings, closesSoonMinutes: 0 } })).status).toBe(200);
    expect((await current()).closesSoonMinutes).toBe(0);
  });

  it('refuses an unknown time zone, bad bounds and a tile URL without placeholders, field by field', async () => {
    const settings = await current();
    const response = await consoleRequest(admin, '/settings', {
      method: 'PUT',
      body: { ...settings, timezone: 'Mars/Olympus', tileSource: 'custom', tileUrl: 'https://tiles.example/tile.png', territory: { ...settings.territory, bounds: { west: 6, south: 44, east: 5, north: 43 } } },
    });
    const fields = (await response.json<Problem>()).error.fields ?? {};
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['timezone', 'tileUrl', 'territory.bounds']));
  });

  it('switches the map to Plan IGN: the page policy, the tiles and their credit follow', async () => {
    const custom = { ...(await current()), tileSource: 'custom' as const, tileUrl: 'https://tiles.cci-a.fr/{z}/{x}/{y}.png', tileAttribution: 'Fond <b>CCI A</b>' };
    const toCustom = await consoleRequest(admin, '/settings', { method: 'PUT', body: custom });
    expect(toCustom.status).toBe(200);
    const before = await request('tenant-a.localhost', '/embed');
    expect(before.headers.get('content-security-policy')).toMatch(/img-src [^;]*https:\/\/tiles\.cci-a\.fr/);
    // Read as the staff member who made the change, whose bookmark passes the edge cache.
    const customTiles = (await (await request('tenant-a.localhost', '/api/v1/tenant', { headers: { cookie: bookmarkCookieOf(toCustom) } })).json<PublicTenant>()).map.tiles;
    // Typed text, never markup; and never kept offline, since its licence is the CCI's own.
    expect(customTiles).toMatchObject({ source: 'custom', attribution: 'Fond &#60;b&#62;CCI A&#60;/b&#62;', offlineBytes: 0 });

    const toPlanIgn = await consoleRequest(admin, '/settings', { method: 'PUT', body: { ...custom, tileSource: 'plan-ign', tileCacheMb: 20 } });
    expect(toPlanIgn.status).toBe(200);
    const after = await request('tenant-a.localhost', '/embed');
    const images = /img-src ([^;]*)/.exec(after.headers.get('content-security-policy') ?? '')?.[1] ?? '';
    expect(images).toContain('https://data.geopf.fr');
    expect(images).not.toContain('tiles.cci-a.fr');
    const tiles = (await (await request('tenant-a.localhost', '/api/v1/tenant', { headers: { cookie: bookmarkCookieOf(toPlanIgn) } })).json<PublicTenant>()).map.tiles;
    expect(tiles).toMatchObject({ source: 'plan-ign', url: PLAN_IGN_TILE_URL, attribution: PLAN_IGN_ATTRIBUTION, offlineBytes: 20_000_000 });
  });

  it('keeps a credit pasted with HTML entities as the text it reads, and shows an old row\'s &copy; as ©', async () => {
    const pasted = { ...(await current()), tileSource: 'custom' as const, tileUrl: 'https://tiles.cci-a.fr/{z}/{x}/{y}.png', tileAttribution: '&copy; Tuiles CCI A &amp; IGN' };
    const saved = await consoleRequest(admin, '/settings', { method: 'PUT', body: pasted });
    expect(saved.status).toBe(200);
    const stored = await env.DB.prepare('SELECT tile_attribution FROM tenants WHERE id = 1').first<{ tile_attribution: string }>();
    expect(stored?.tile_attribution).toBe('© Tuiles CCI A & IGN');
    expect((await current()).tileAttribution).toBe('© Tuiles CCI A & IGN');
    const tiles = (await (await request('tenant-a.localhost', '/api/v1/tenant', { headers: { cookie: bookmarkCookieOf(saved) } })).json<PublicTenant>()).map.tiles;
    expect(tiles.attribution).toBe('© Tuiles CCI A &#38; IGN');

    // A tenant made by the CLI still gets the column's default, written with an entity.
    await env.DB.prepare("UPDATE tenants SET tile_attribution = '&copy; OpenStreetMap contributors' WHERE id = 1").run();
    expect((await current()).tileAttribution).toBe('© OpenStreetMap contributors');
  });

  it("refuses OpenStreetMap's own tile servers as a custom source, and asks for a credit line", async () => {
    const response = await consoleRequest(admin, '/settings', {
      method: 'PUT',
      body: { ...(await current()), tileSource: 'custom', tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', tileAttribution: '' },
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(400);
    const fields = (await response.json<Problem>()).error.fields ?? {};
    expect(fields['tileUrl']?.[0]).toMatch(/OpenStreetMap/);
    expect(fields['tileAttribution']?.[0]).toMatch(/attribution/);
  });

  it('needs no template for Plan IGN or the deployment archive', async () => {
    for (const tileSource of ['plan-ign', 'archive'] as const) {
      const response = await consoleRequest(admin, '/settings', { method: 'PUT', body: { ...(await current()), tileSource, tileUrl: '', tileAttribution: '' } });
      expect(response.status, tileSource).toBe(200);
    }
  });

  it("refuses a domain another tenant uses, with 409", async () => {
    const other = await signIn(2, 'admin@b.fr');
    const own = await consoleRequest(other, '/settings', { method: 'PUT', body: { ...(await current(other)), domains: ['vitrine.cci-b.fr'] } });
    expect(own.status).toBe(200);
    expect((await publishAndVerify(other, 'vitrine.cci-b.fr')).status).toBe(200);
    const response = await consoleRequest(admin, '/settings', { method: 'PUT', body: { ...(await current()), domains: ['vitrine.cci-b.fr'] } });
    expect(response.status).toBe(409);
    expect((await request('vitrine.cci-b.fr', '/api/v1/tenant')).status).toBe(200);
    expect((await (await request('vitrine.cci-b.fr', '/api/v1/tenant')).json<{ slug: string }>()).slug).toBe('tenant-b');
  });

  it("lets only the configured sites, and the console's preview, frame the embed page", async () => {
    await consoleRequest(admin, '/settings', { method: 'PUT', body: { ...(await current()), embedOrigins: [] } });
    const closed = await request('tenant-a.localhost', '/embed');
    expect(closed.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/);
    await consoleRequest(admin, '/settings', { method: 'PUT', body: { ...(await current()), embedOrigins: ['https://www.cci-a.fr'] } });
    const open = await request('tenant-a.localhost', '/embed?open=1');
    expect(open.status).toBe(200);
    expect(open.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self' https:\/\/www\.cci-a\.fr$/);
    expect(open.headers.get('x-frame-options')).toBeNull();
    const home = await request('tenant-a.localhost', '/api/v1/tenant');
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
