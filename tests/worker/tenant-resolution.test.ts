import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PublicTenant } from '#schema/tenant.ts';
import { TENANT_A, TENANT_B, insertTenants, request, writeAsVisitor } from './support.ts';

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_A, hosts: ['vitrine.cci-a.example'] }, { tenant: TENANT_B, hosts: ['carte.cci-b.example'] });
});

describe('tenant resolution', () => {
  it('resolves a tenant from its configured hostname', async () => {
    const response = await request('vitrine.cci-a.example', '/api/v1/tenant');
    expect(response.status).toBe(200);
    const body = await response.json<{ slug: string; name: string }>();
    expect(body).toMatchObject({ slug: 'tenant-a', name: 'CCI A' });
  });

  it('resolves <slug>.localhost to that tenant in development, ignoring the port', async () => {
    const response = await request('tenant-b.localhost:5173', '/api/v1/tenant');
    const body = await response.json<{ slug: string; colours: { primary: string } }>();
    expect(body.slug).toBe('tenant-b');
    expect(body.colours.primary).toBe('#7a1f3d');
  });

  it('answers 404 with a clear translated message for an unknown host', async () => {
    const response = await request('nobody.example', '/api/v1/tenant', { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(404);
    const body = await response.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('unknown_tenant');
    expect(body.error.message).toBe('No CCI is configured for this address.');
  });

  it('answers an HTML 404 page, not the app, for a page on an unknown host', async () => {
    const response = await request('nobody.example', '/');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('nobody.example');
  });

  it('lists the tenants on a bare localhost, each linked to its own host', async () => {
    const response = await request('localhost:5173', '/');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('href="http://tenant-a.localhost:5173/"');
    expect(html).toContain('href="http://tenant-b.localhost:5173/"');
  });

  it('serves the tenant settings of the map: centre, bounds, tiles and timezone', async () => {
    const body = await (await request('tenant-a.localhost', '/api/v1/tenant')).json<Record<string, unknown>>();
    expect(body).toMatchObject({
      timezone: 'Europe/Paris',
      defaultLanguage: 'fr',
      // New tenants draw Plan IGN: never OpenStreetMap's own tile servers.
      map: { centre: { lat: 43.3, lng: 5.4 }, tiles: { source: 'plan-ign', url: expect.stringMatching(/^https:\/\/data\.geopf\.fr\/wmts\?.*\{z\}/) } },
    });
  });
});

describe("GET /api/v1/tenant: the tenant's territory", () => {
  it('lists the communes of tenant_communes and the départements they span, Corsica and overseas included', async () => {
    // As the tenant CLI or the console writes it; their author sees it at once, others within the cache's age.
    const cookie = await writeAsVisitor('INSERT INTO tenant_communes (tenant_id, insee) SELECT ?1, value FROM json_each(?2)', TENANT_A.id, JSON.stringify(['13055', '2B033', '13001', '97101', '2A004', '97411']));
    const body = await (await request('tenant-a.localhost', '/api/v1/tenant', { headers: { cookie } })).json<PublicTenant>();
    expect(body.territory).toEqual({ departements: ['13', '2A', '2B', '971', '974'], communes: ['13001', '13055', '2A004', '2B033', '97101', '97411'] });
  });

  it('lists none while the territory is not set, and none of another tenant', async () => {
    const body = await (await request('tenant-b.localhost', '/api/v1/tenant')).json<PublicTenant>();
    expect(body.territory).toEqual({ departements: [], communes: [] });
  });
});

describe('GET /api/health', () => {
  it('answers 200 with the database reachable, on any host', async () => {
    const response = await request('localhost', '/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});
