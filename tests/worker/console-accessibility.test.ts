import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ACCESSIBILITY, type AccessibilitySettings } from '#schema/accessibility.ts';
import type { TenantAnswer } from '#schema/tenant-answer.ts';
import { bookmarkCookieOf, request } from './support.ts';
import { auditRows, consoleRequest, hostOf, type Session, setUpConsoleTests, signIn } from './console-support.ts';

let admin: Session;

setUpConsoleTests([[1, 'admin@a.fr', 'admin'], [2, 'admin@b.fr', 'admin'], [1, 'modo@a.fr', 'moderator']]);

beforeEach(async () => {
  await env.DB.prepare('DELETE FROM tenant_accessibility').run();
  admin = await signIn(1, 'admin@a.fr');
});

type Problem = { error: { code: string; fields?: Record<string, string[]> } };

const AUDITED: AccessibilitySettings = {
  level: 'partial',
  auditDate: '2026-10-15',
  conformityRate: 78,
  contactEmail: 'Accessibilite@CCI-A.fr',
  contactUrl: 'https://www.cci-a.fr/contact',
  planUrl: 'https://www.cci-a.fr/schema-pluriannuel',
  nonConformities: { fr: 'La carte ne se lit pas sans la liste.', en: null },
  derogations: { fr: 'Fonds de carte (dérogation pour charge disproportionnée).', en: 'Map tiles (disproportionate burden).' },
};

/** The statement the public page gets; after a write, read with the writer's bookmark, which passes the edge cache as their browser does. */
async function publicStatement(tenantId: number, afterWrite?: Response): Promise<AccessibilitySettings> {
  const headers = afterWrite ? { cookie: bookmarkCookieOf(afterWrite) } : undefined;
  return (await (await request(hostOf(tenantId), '/api/v1/tenant', headers ? { headers } : {})).json<TenantAnswer>()).accessibility;
}

describe('accessibility statement settings', () => {
  it('publishes "non conforme" with no audit before the CCI fills the statement in', async () => {
    expect(await (await consoleRequest(admin, '/accessibility')).json()).toEqual(DEFAULT_ACCESSIBILITY);
    expect(await publicStatement(1)).toEqual(DEFAULT_ACCESSIBILITY);
  });

  it('saves the statement, publishes it on this tenant only and audits before/after', async () => {
    const response = await consoleRequest(admin, '/accessibility', { method: 'PUT', body: AUDITED });
    expect(response.status).toBe(200);
    const saved = { ...AUDITED, contactEmail: 'accessibilite@cci-a.fr' };
    expect(await response.json()).toEqual(saved);
    expect(await publicStatement(1, response)).toEqual(saved);
    expect(await publicStatement(2)).toEqual(DEFAULT_ACCESSIBILITY);
    const entry = (await auditRows(1)).find((row) => row.action === 'update_accessibility');
    expect(JSON.parse(entry!.before_json!).level).toBe('none');
    expect(JSON.parse(entry!.after_json!).level).toBe('partial');
    expect((await auditRows(2)).some((row) => row.action === 'update_accessibility')).toBe(false);
  });

  it('replaces the statement on a second save instead of adding one', async () => {
    await consoleRequest(admin, '/accessibility', { method: 'PUT', body: AUDITED });
    const next = { ...AUDITED, level: 'full', conformityRate: 100, nonConformities: { fr: '', en: null } };
    const replaced = await consoleRequest(admin, '/accessibility', { method: 'PUT', body: next });
    expect(replaced.status).toBe(200);
    expect(await publicStatement(1, replaced)).toMatchObject({ level: 'full', conformityRate: 100, nonConformities: { fr: '' } });
  });

  it('refuses a partial level without audit date, no contact at all and a plan that is not https, field by field in French', async () => {
    const response = await consoleRequest(admin, '/accessibility', {
      method: 'PUT',
      body: { ...AUDITED, auditDate: null, contactEmail: null, contactUrl: null, planUrl: 'http://plan.example', conformityRate: 101 },
      headers: { 'accept-language': 'fr' },
    });
    expect(response.status).toBe(400);
    const fields = (await response.json<Problem>()).error.fields ?? {};
    expect(Object.keys(fields).sort()).toEqual(['auditDate', 'conformityRate', 'contactEmail', 'planUrl']);
    expect(fields.auditDate?.[0]).toMatch(/date de l’audit/);
    expect(fields.contactEmail?.[0]).toMatch(/e-mail ou un formulaire/);
    expect(await publicStatement(1)).toEqual(DEFAULT_ACCESSIBILITY);
  });

  it('refuses an unknown level and a bad e-mail in English', async () => {
    const response = await consoleRequest(admin, '/accessibility', { method: 'PUT', body: { ...AUDITED, level: 'mostly', contactEmail: 'not-an-address' } });
    expect(response.status).toBe(400);
    const fields = (await response.json<Problem>()).error.fields ?? {};
    expect(fields.level?.[0]).toMatch(/conformity level/);
    expect(fields.contactEmail?.[0]).toMatch(/valid email/);
  });

  it('lets no moderator, no signed-out visitor and no cross-site page change it', async () => {
    const moderator = await signIn(1, 'modo@a.fr');
    expect((await consoleRequest(moderator, '/accessibility', { method: 'PUT', body: AUDITED })).status).toBe(403);
    expect((await consoleRequest({ host: hostOf(1) }, '/accessibility', { method: 'PUT', body: AUDITED })).status).toBe(401);
    const crossSite = await consoleRequest(admin, '/accessibility', { method: 'PUT', body: AUDITED, headers: { origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    expect(await publicStatement(1)).toEqual(DEFAULT_ACCESSIBILITY);
  });

  it("keeps each tenant's staff to its own statement", async () => {
    const other = await signIn(2, 'admin@b.fr');
    await consoleRequest(other, '/accessibility', { method: 'PUT', body: { ...AUDITED, level: 'full', contactUrl: 'https://www.cci-b.fr/contact' } });
    expect(await (await consoleRequest(admin, '/accessibility')).json()).toEqual(DEFAULT_ACCESSIBILITY);
    const sessionOnOtherHost = await consoleRequest({ host: hostOf(2), cookie: admin.cookie }, '/accessibility');
    expect(sessionOnOtherHost.status).toBe(401);
  });
});
