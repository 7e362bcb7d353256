import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../../worker/index.ts';
import { buildListing, type Commune } from '#seed/factories.ts';
import { createRandom } from '#seed/random.ts';
import { TENANT_A, TENANT_B, insertListings, insertTenants, request } from './support.ts';

const vannes: Commune = { insee: '56260', name: 'Vannes', postcode: '56000', lat: 47.6559, lng: -2.7603, population: 54000 };
const random = createRandom(5);
const listing = buildListing(random, TENANT_B.id, vannes, new Date('2027-01-10T10:00:00Z'), {
  name: 'Boulangerie <Le Port> & "fils"',
  status: 'open',
  opening_hours: 'Tu-Sa 07:30-12:30,15:00-19:00',
  last_confirmed_at: '2027-01-10T10:00:00Z',
});

function meta(html: string, property: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${property.replace(/:/g, ':')}" content="([^"]*)">`).exec(html)?.[1];
}

const SHELL = '<!doctype html><html lang="fr"><head><meta charset="UTF-8" /><title>Vitrine</title></head><body><div id="root"></div></body></html>';

/** The built app shell is not there in worker tests: a stand-in answers for the assets binding. */
function pageRequest(host: string, path: string, headers: Record<string, string> = {}): Promise<Response> {
  const assets = { fetch: async () => new Response(SHELL, { headers: { 'content-type': 'text/html' } }) } as unknown as Fetcher;
  return Promise.resolve(app.fetch(new Request(`http://${host}${path}`, { headers }), { ...env, ASSETS: assets }));
}

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_A }, { tenant: TENANT_B });
  await insertListings([listing]);
});

describe('GET /l/:id', () => {
  it("renders the app shell with the listing's Open Graph title, description, image and URL", async () => {
    // A Monday morning in January (UTC+1): the bakery is closed on Mondays.
    const response = await pageRequest('tenant-b.localhost', `/l/${listing.id}?at=2027-01-11T05:50:00Z`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(meta(html, 'og:title')).toBe('Boulangerie &#60;Le Port&#62; &#38; &#34;fils&#34;');
    expect(meta(html, 'og:description')).toBe(`Fermé · ouvre demain à 07:30 — ${listing.address}, 56000 Vannes — CCI B`);
    expect(meta(html, 'og:url')).toBe(`http://tenant-b.localhost/l/${listing.id}`);
    expect(meta(html, 'og:image')).toBe('http://tenant-b.localhost/icons/tenant-512.png');
    expect(html).toContain(`<title>Boulangerie &#60;Le Port&#62; &#38; &#34;fils&#34; — CCI B</title>`);
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  it('leads the preview with the status at the instant shown, as the card says it', async () => {
    const description = async (at: string) => meta(await (await pageRequest('tenant-b.localhost', `/l/${listing.id}?at=${at}`)).text(), 'og:description');
    expect(await description('2027-01-12T09:00:00Z')).toMatch(/^Ouvert · jusqu&#39;à 12:30 — /);
    expect(await description('2027-01-12T11:25:00Z')).toMatch(/^Ferme bientôt · à 12:30 — /);
    expect(await description('2027-01-12T12:00:00Z')).toMatch(/^Fermé · ouvre à 15:00 — /);
    expect(await description('2027-03-12T09:00:00Z')).toMatch(/^À confirmer · Ouvert · jusqu&#39;à 12:30 — /);
  });

  it('says "closes soon" within the minutes the tenant sets, and sends them to the browser', async () => {
    const description = async () => meta(await (await pageRequest('tenant-b.localhost', `/l/${listing.id}?at=2027-01-12T11:25:00Z`)).text(), 'og:description');
    expect(await description()).toMatch(/^Ferme bientôt · à 12:30 — /);
    await env.DB.prepare('UPDATE tenants SET closes_soon_minutes = 4 WHERE id = ?1').bind(TENANT_B.id).run();
    try {
      expect(await description()).toMatch(/^Ouvert · jusqu&#39;à 12:30 — /);
      const tenant = await (await request('tenant-b.localhost', '/api/v1/tenant')).json<{ hours: { closesSoonMinutes: number } }>();
      expect(tenant.hours.closesSoonMinutes).toBe(4);
    } finally {
      await env.DB.prepare('UPDATE tenants SET closes_soon_minutes = 30 WHERE id = ?1').bind(TENANT_B.id).run();
    }
  });

  it('speaks the language the visitor asks for, by Accept-Language or ?lang=, with the status words of the same instant', async () => {
    // Tuesday 12:25 in Vannes: five minutes before the bakery's lunch break.
    const path = `/l/${listing.id}?at=2027-01-12T11:25:00Z`;
    const english = await pageRequest('tenant-b.localhost', path, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(english.headers.get('vary')).toMatch(/accept-language/i);
    const html = await english.text();
    expect(meta(html, 'og:description')).toBe(`Closes soon · at 12:30 — ${listing.address}, 56000 Vannes — CCI B`);
    expect(meta(html, 'description')).toBe(meta(html, 'og:description'));
    expect(meta(html, 'og:locale')).toBe('en_GB');
    expect(html).toContain('<html lang="en">');
    // An explicit ?lang= wins over the browser's languages, as in the app itself.
    const asked = await (await pageRequest('tenant-b.localhost', `/l/${listing.id}?lang=en&at=2027-01-11T05:50:00Z`, { 'accept-language': 'fr-FR' })).text();
    expect(meta(asked, 'og:description')).toMatch(/^Closed · opens tomorrow at 07:30 — /);
    const french = await (await pageRequest('tenant-b.localhost', `/l/${listing.id}?lang=fr&at=2027-01-11T05:50:00Z`, { 'accept-language': 'en' })).text();
    expect(meta(french, 'og:description')).toMatch(/^Fermé · ouvre demain à 07:30 — /);
    expect(meta(french, 'og:locale')).toBe('fr_FR');
    expect(french).toContain('<html lang="fr">');
    // A language the tenant's app does not speak falls back to the tenant's own.
    const german = await (await pageRequest('tenant-b.localhost', path, { 'accept-language': 'de-DE' })).text();
    expect(meta(german, 'og:description')).toMatch(/^Ferme bientôt · à 12:30 — /);
  });

  it('says "to be confirmed" while a crisis campaign waits for the business, as its card does', async () => {
    const crisis = await env.DB.prepare(
      `INSERT INTO crisis_periods (tenant_id, title_fr, message_fr, started_at) VALUES (?1, 'Tempête', 'Vérifiez les horaires', '2027-01-11T00:00:00Z') RETURNING id`,
    ).bind(TENANT_B.id).first<{ id: number }>();
    await env.DB.prepare(`INSERT INTO campaigns (tenant_id, crisis_id, started_at, started_by, origin) VALUES (?1, ?2, '2027-01-11T08:00:00Z', 'staff@cci-b.fr', 'http://tenant-b.localhost')`)
      .bind(TENANT_B.id, crisis!.id).run();
    try {
      const at = '?at=2027-01-12T09:00:00Z';
      expect(meta(await (await pageRequest('tenant-b.localhost', `/l/${listing.id}${at}`)).text(), 'og:description')).toMatch(/^À confirmer · Ouvert · jusqu&#39;à 12:30 — /);
      const card = await (await request('tenant-b.localhost', `/api/v1/listings/${listing.id}`)).json<{ stale?: boolean }>();
      expect(card.stale).toBe(true);
      expect(meta(await (await pageRequest('tenant-b.localhost', `/l/${listing.id}${at}`, { 'accept-language': 'en' })).text(), 'og:description')).toMatch(/^To be confirmed · Open · until 12:30 — /);
    } finally {
      await env.DB.batch([
        env.DB.prepare('DELETE FROM campaigns WHERE crisis_id = ?1').bind(crisis!.id),
        env.DB.prepare('DELETE FROM crisis_periods WHERE id = ?1').bind(crisis!.id),
      ]);
    }
  });

  it("does not describe another tenant's listing", async () => {
    const html = await (await pageRequest('tenant-a.localhost', `/l/${listing.id}`)).text();
    expect(html).toContain('<title>Vitrine</title>');
    expect(meta(html, 'og:title')).toBeUndefined();
  });
});

describe('GET /manifest.webmanifest', () => {
  it("names the app after the tenant, in its colours, with PNG icons it serves", async () => {
    const response = await request('tenant-b.localhost', '/manifest.webmanifest');
    expect(response.headers.get('content-type')).toContain('application/manifest+json');
    const manifest = await response.json<{ name: string; theme_color: string; start_url: string; icons: Array<{ src: string; sizes: string }> }>();
    expect(manifest).toMatchObject({ name: 'CCI B', theme_color: '#7a1f3d', start_url: '/' });
    for (const icon of manifest.icons) {
      const image = await request('tenant-b.localhost', icon.src);
      expect(image.headers.get('content-type')).toBe('image/png');
      const bytes = new Uint8Array(await image.arrayBuffer());
      expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
      const size = new DataView(bytes.buffer).getUint32(16);
      expect(`${size}x${size}`).toBe(icon.sizes);
    }
  });
});
