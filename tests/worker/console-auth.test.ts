import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { auditRows, clock, consoleRequest, hostOf, latestMailTo, setUpConsoleTests, signIn, tokenIn } from './console-support.ts';

setUpConsoleTests([[1, 'admin@a.fr', 'admin'], [1, 'modo@a.fr', 'moderator'], [2, 'admin@b.fr', 'admin'], [null, 'ops@reseau.fr', 'operator']]);

const A = { host: hostOf(1) };

describe('staff sign-in by emailed link', () => {
  it('answers the same whether the address is known or not, and mails only a known one', async () => {
    const known = await consoleRequest(A, '/session/link', { method: 'POST', body: { email: 'admin@a.fr' } });
    const unknown = await consoleRequest(A, '/session/link', { method: 'POST', body: { email: 'nobody@a.fr' } });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    expect(await latestMailTo('admin@a.fr')).toMatch(/\/console#token=/);
    expect(await latestMailTo('nobody@a.fr')).toBeNull();
  });

  it("does not mail a link to another tenant's staff", async () => {
    await consoleRequest(A, '/session/link', { method: 'POST', body: { email: 'admin@b.fr' } });
    const { n } = (await env.DB.prepare("SELECT count(*) AS n FROM outbox WHERE recipient = 'admin@b.fr'").first<{ n: number }>())!;
    expect(n).toBe(0);
  });

  it('stores only the hash of the link, and the token carries at least 128 bits', async () => {
    await consoleRequest(A, '/session/link', { method: 'POST', body: { email: 'admin@a.fr' } });
    const token = tokenIn(await latestMailTo('admin@a.fr'));
    expect(token.length).toBeGreaterThanOrEqual(22);
    const { results } = await env.DB.prepare('SELECT token_hash FROM staff_tokens').all<{ token_hash: string }>();
    expect(results.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash) && row.token_hash !== token)).toBe(true);
  });

  it('sets a __Host- session cookie that is HttpOnly, Secure, SameSite=Lax and Path=/', async () => {
    await consoleRequest(A, '/session/link', { method: 'POST', body: { email: 'admin@a.fr' } });
    const response = await consoleRequest(A, '/session', { method: 'POST', body: { token: tokenIn(await latestMailTo('admin@a.fr')) } });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-vitrine-staff=/);
    for (const attribute of ['HttpOnly', 'Secure', 'SameSite=Lax', 'Path=/']) expect(cookie).toContain(attribute);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(await response.json()).toMatchObject({ email: 'admin@a.fr', role: 'admin', tenant: { slug: 'tenant-a' }, can: { settings: true, network: false } });
  });

  it('uses a link once only', async () => {
    await consoleRequest(A, '/session/link', { method: 'POST', body: { email: 'admin@a.fr' } });
    const token = tokenIn(await latestMailTo('admin@a.fr'));
    expect((await consoleRequest(A, '/session', { method: 'POST', body: { token } })).status).toBe(200);
    expect((await consoleRequest(A, '/session', { method: 'POST', body: { token } })).status).toBe(401);
  });

  it('refuses an expired link, and a link on another tenant', async () => {
    await consoleRequest(A, '/session/link', { method: 'POST', body: { email: 'admin@a.fr' } });
    const token = tokenIn(await latestMailTo('admin@a.fr'));
    expect((await consoleRequest({ host: hostOf(2) }, '/session', { method: 'POST', body: { token } })).status).toBe(401);
    clock.now = new Date(clock.now.getTime() + 31 * 60_000);
    expect((await consoleRequest(A, '/session', { method: 'POST', body: { token } })).status).toBe(401);
  });

  it('ends the session after its lifetime, and on sign-out', async () => {
    const session = await signIn(1, 'admin@a.fr');
    expect((await consoleRequest(session, '/session')).status).toBe(200);
    const out = await consoleRequest(session, '/session', { method: 'DELETE' });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/__Host-vitrine-staff=;/);
    expect((await consoleRequest(session, '/session')).status).toBe(401);
    const later = await signIn(1, 'admin@a.fr');
    clock.now = new Date(clock.now.getTime() + 13 * 3600_000);
    expect((await consoleRequest(later, '/session')).status).toBe(401);
  });

  it("answers a session of tenant A on tenant B's host exactly as a junk cookie: 401, so a cookie cannot be probed", async () => {
    const session = await signIn(1, 'admin@a.fr');
    const foreign = await consoleRequest({ host: hostOf(2), cookie: session.cookie }, '/settings');
    const junk = await consoleRequest({ host: hostOf(2), cookie: 'not-a-session' }, '/settings');
    expect(foreign.status).toBe(401);
    expect(junk.status).toBe(401);
    expect(await foreign.text()).toBe(await junk.text());
  });
});

describe('CSRF protection of console writes', () => {
  it('refuses a write without Origin or Sec-Fetch-Site, even without a Content-Type', async () => {
    const session = await signIn(1, 'admin@a.fr');
    const bare = await consoleRequest(session, '/session', { method: 'DELETE', headers: { origin: '' } });
    expect(bare.status).toBe(403);
    const { request } = await import('./support.ts');
    const noHeaders = await request(session.host, '/api/v1/console/staff', {
      method: 'POST', headers: { cookie: `__Host-vitrine-staff=${session.cookie}` }, body: 'email=x@a.fr&role=admin',
    });
    expect(noHeaders.status).toBe(403);
    expect((await consoleRequest(session, '/session')).status).toBe(200);
  });

  it('refuses a write from another site', async () => {
    const session = await signIn(1, 'admin@a.fr');
    const crossSite = await consoleRequest(session, '/staff', { method: 'POST', body: { email: 'x@a.fr', role: 'admin' }, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const { n } = (await env.DB.prepare("SELECT count(*) AS n FROM staff WHERE email = 'x@a.fr'").first<{ n: number }>())!;
    expect(n).toBe(0);
  });
});

describe('roles', () => {
  it('lets a moderator moderate and edit listings, not change settings, staff or imports', async () => {
    const session = await signIn(1, 'modo@a.fr');
    expect((await consoleRequest(session, '/moderation')).status).toBe(200);
    expect((await consoleRequest(session, '/listings')).status).toBe(200);
    expect((await consoleRequest(session, '/settings')).status).toBe(403);
    expect((await consoleRequest(session, '/staff')).status).toBe(403);
    expect((await consoleRequest(session, '/imports', { method: 'POST' })).status).toBe(403);
    expect((await consoleRequest(session, '/network/tenants')).status).toBe(403);
  });

  it('lets an admin manage its staff, not see the network', async () => {
    const session = await signIn(1, 'admin@a.fr');
    const added = await consoleRequest(session, '/staff', { method: 'POST', body: { email: 'new@a.fr', role: 'moderator' } });
    expect(added.status).toBe(201);
    expect((await consoleRequest(session, '/staff', { method: 'POST', body: { email: 'new@a.fr', role: 'moderator' } })).status).toBe(409);
    expect((await consoleRequest(session, '/network/tenants')).status).toBe(403);
  });

  it('lets the operator sign in on any tenant, act as its admin and see every tenant', async () => {
    for (const tenantId of [1, 2]) {
      const session = await signIn(tenantId, 'ops@reseau.fr');
      expect((await consoleRequest(session, '/settings')).status).toBe(200);
    }
    const session = await signIn(3, 'ops@reseau.fr');
    const network = await consoleRequest(session, '/network/tenants');
    expect(network.status).toBe(200);
    const { tenants } = await network.json<{ tenants: Array<{ slug: string }> }>();
    expect(tenants.map((t) => t.slug).sort()).toEqual(['tenant-a', 'tenant-b', 'tenant-c']);
    expect((await consoleRequest(session, '/network/cells?level=4')).status).toBe(200);
  });

  it('ends the sessions of a member who is removed', async () => {
    const admin = await signIn(1, 'admin@a.fr');
    await consoleRequest(admin, '/staff', { method: 'POST', body: { email: 'temp@a.fr', role: 'moderator' } });
    const temp = await signIn(1, 'temp@a.fr');
    const { staff } = await (await consoleRequest(admin, '/staff')).json<{ staff: Array<{ id: number; email: string }> }>();
    const id = staff.find((m) => m.email === 'temp@a.fr')!.id;
    expect((await consoleRequest(admin, `/staff/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await consoleRequest(temp, '/moderation')).status).toBe(401);
  });
});

describe('audit log', () => {
  it('records sign-ins and staff changes with who, what and before/after', async () => {
    const session = await signIn(1, 'admin@a.fr');
    await consoleRequest(session, '/staff', { method: 'POST', body: { email: 'audited@a.fr', role: 'moderator' } });
    const rows = await auditRows(1);
    expect(rows).toContainEqual(expect.objectContaining({ actor: 'admin:admin@a.fr', action: 'sign_in' }));
    const added = rows.find((row) => row.action === 'add_staff' && row.target_id === 'audited@a.fr');
    expect(JSON.parse(added!.after_json!)).toEqual({ email: 'audited@a.fr', role: 'moderator' });
    const entries = await (await consoleRequest(session, '/audit')).json<{ entries: Array<{ action: string }> }>();
    expect(entries.entries[0]!.action).toBe('add_staff');
  });
});
