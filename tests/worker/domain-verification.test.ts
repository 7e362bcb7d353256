import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TenantSettings, TenantSettingsView } from '#schema/console/settings.ts';
import { dohTxtResolver } from '#worker/services/dns-txt.ts';
import { request } from './support.ts';
import { auditRows, consoleRequest, dns, publishAndVerify, type Session, setUpConsoleTests, signIn } from './console-support.ts';

let admin: Session;
let other: Session;

setUpConsoleTests([[1, 'admin@a.fr', 'admin'], [2, 'admin@b.fr', 'admin']]);

beforeEach(async () => {
  admin = await signIn(1, 'admin@a.fr');
  other = await signIn(2, 'admin@b.fr');
});

async function view(session: Session): Promise<TenantSettingsView> {
  return (await consoleRequest(session, '/settings')).json<TenantSettingsView>();
}

async function addDomain(session: Session, host: string): Promise<Response> {
  const { pendingDomains: _pending, ...settings } = await view(session);
  const body: TenantSettings = { ...settings, domains: [...settings.domains, host] };
  return consoleRequest(session, '/settings', { method: 'PUT', body });
}

describe('a hostname added in the console', () => {
  it('is pending and serves nothing until its TXT record is published and checked', async () => {
    const added = await addDomain(admin, 'carte.unlisted.example');
    expect(added.status).toBe(200);
    const answer = await added.json<TenantSettingsView>();
    expect(answer.domains).toContain('carte.unlisted.example');
    const pending = answer.pendingDomains.find((domain) => domain.host === 'carte.unlisted.example');
    expect(pending).toMatchObject({ recordName: '_vitrine-verification.carte.unlisted.example', recordValue: expect.stringMatching(/^vitrine-verification=[0-9a-f]{32}$/) });
    expect(await env.DB.prepare('SELECT count(*) AS n FROM tenant_hosts WHERE host = ?1').bind('carte.unlisted.example').first('n')).toBe(0);
    expect((await request('carte.unlisted.example', '/api/v1/tenant')).status).toBe(404);

    // No record, or a wrong one: still pending.
    const early = await consoleRequest(admin, '/settings/domains/verification', { method: 'POST', body: { host: 'carte.unlisted.example' } });
    expect(early.status).toBe(422);
    dns.records.set(pending!.recordName, ['vitrine-verification=someone-elses-token']);
    expect((await consoleRequest(admin, '/settings/domains/verification', { method: 'POST', body: { host: 'carte.unlisted.example' } })).status).toBe(422);
    expect((await request('carte.unlisted.example', '/api/v1/tenant')).status).toBe(404);

    const verified = await publishAndVerify(admin, 'carte.unlisted.example');
    expect(verified.status).toBe(200);
    expect((await verified.json<TenantSettingsView>()).pendingDomains).toEqual([]);
    expect((await (await request('carte.unlisted.example', '/api/v1/tenant')).json<{ slug: string }>()).slug).toBe('tenant-a');
    expect((await auditRows(1)).some((row) => row.action === 'verify_domain' && row.target_id === 'carte.unlisted.example')).toBe(true);
  });

  it('goes to the first tenant that proves it controls the name, never to one that only claims it', async () => {
    await addDomain(admin, 'shared.example');
    await addDomain(other, 'shared.example');
    expect((await publishAndVerify(other, 'shared.example')).status).toBe(200);
    // A's claim is void: there is nothing left to verify, and the name cannot be added again.
    expect((await view(admin)).pendingDomains).toEqual([]);
    expect((await consoleRequest(admin, '/settings/domains/verification', { method: 'POST', body: { host: 'shared.example' } })).status).toBe(404);
    expect((await (await request('shared.example', '/api/v1/tenant')).json<{ slug: string }>()).slug).toBe('tenant-b');
    expect((await addDomain(admin, 'shared.example')).status).toBe(409);
  });

  it('stops serving at once when taken off the list', async () => {
    await addDomain(admin, 'gone.example');
    await publishAndVerify(admin, 'gone.example');
    const { pendingDomains: _pending, ...settings } = await view(admin);
    await consoleRequest(admin, '/settings', { method: 'PUT', body: { ...settings, domains: settings.domains.filter((host) => host !== 'gone.example') } });
    expect((await request('gone.example', '/api/v1/tenant')).status).toBe(404);
  });
});

describe('dohTxtResolver', () => {
  it("reads TXT records from DNS over HTTPS's JSON answer, joining split strings", async () => {
    let asked = '';
    const fetcher: typeof fetch = async (url, init) => {
      asked = `${String(url)} ${new Headers(init?.headers).get('accept')}`;
      return Response.json({ Status: 0, Answer: [{ type: 16, data: '"vitrine-verification=" "abc"' }, { type: 5, data: 'alias.example.' }] });
    };
    expect(await dohTxtResolver(fetcher).txt('_vitrine-verification.carte.example')).toEqual(['vitrine-verification=abc']);
    expect(asked).toBe('https://cloudflare-dns.com/dns-query?name=_vitrine-verification.carte.example&type=TXT application/dns-json');
  });
});
