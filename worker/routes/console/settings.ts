import { Hono, type Context } from 'hono';
import { DomainVerificationSchema, TenantSettingsSchema, type TenantSettingsView } from '#schema/console/settings.ts';
import { prepareAudit } from '../../db/audit.ts';
import { hostsOfOtherTenants, prepareSettingsWrite, readSettings } from '../../db/console-settings.ts';
import { acceptClaim, findClaim, pendingDomains, prepareHostsWrite } from '../../db/host-claims.ts';
import { ApiProblem } from '../../errors.ts';
import { servicesFor } from '../../services/index.ts';
import { actorOf, requirePermission, requireStaff } from '../../middleware/staff-session.ts';
import { validate } from '../../validation.ts';
import { logoRoutes } from './logo.ts';
import type { AppEnv } from '../../env.ts';
import { documented } from '../../openapi/describe.ts';

async function settingsView(db: D1Database, tenantId: number): Promise<TenantSettingsView> {
  const [settings, pending] = await Promise.all([readSettings(db, tenantId), pendingDomains(db, tenantId)]);
  return { ...settings, pendingDomains: pending };
}

const domainTaken = () => new ApiProblem(409, 'domain_taken', 'console.domain_taken', { domains: ['console.domain_taken'] });

async function auditDomainVerified(c: Context<AppEnv>, host: string, now: Date): Promise<void> {
  await prepareAudit(c.env.DB, { tenantId: c.get('tenant').id, actor: actorOf(c), action: 'verify_domain', targetType: 'settings', targetId: host, now }).run();
}

export const settingsRoutes = new Hono<AppEnv>()
  .use(requireStaff, requirePermission('settings'))
  .route('/logo', logoRoutes)
  .get('/', documented({ summary: "The tenant's settings", tag: 'Console', access: 'staff' }), async (c) => c.json(await settingsView(c.env.DB, c.get('tenant').id)))
  // A domain added here waits for its DNS proof: an admin cannot take a host name no one has listed yet.
  .put('/', documented({ summary: "Change the tenant's settings", tag: 'Console', access: 'staff' }), validate('json', TenantSettingsSchema), async (c) => {
    const tenantId = c.get('tenant').id;
    const settings = c.req.valid('json');
    const taken = await hostsOfOtherTenants(c.env.DB, tenantId, settings.domains);
    if (taken.length > 0) throw domainTaken();
    const before = await readSettings(c.env.DB, tenantId);
    const now = servicesFor(c.env).now();
    await c.env.DB.batch([
      ...prepareSettingsWrite(c.env.DB, tenantId, settings),
      ...prepareHostsWrite(c.env.DB, tenantId, settings.domains, now),
      prepareAudit(c.env.DB, { tenantId, actor: actorOf(c), action: 'update_settings', targetType: 'settings', targetId: null, before, after: settings, now }),
    ]);
    return c.json(await settingsView(c.env.DB, tenantId));
  })
  // The worker reads the host's TXT record itself; the domain serves from the moment it matches.
  .post('/domains/verification', documented({ summary: "Verify a domain added in the settings by its DNS TXT record", tag: 'Console', access: 'staff',
    errors: { '404': 'The domain is not waiting for verification (`not_pending`)', '409': 'Another tenant verified it first (`domain_taken`)', '422': 'The TXT record is not there yet (`domain_unverified`)' },
  }), validate('json', DomainVerificationSchema), async (c) => {
    const tenantId = c.get('tenant').id;
    const services = servicesFor(c.env);
    const claim = await findClaim(c.env.DB, tenantId, c.req.valid('json').host);
    if (!claim) throw new ApiProblem(404, 'not_pending', 'console.domain_not_pending', { host: ['console.domain_not_pending'] });
    let records: string[];
    try {
      records = await services.dns.txt(claim.recordName);
    } catch (error) {
      console.warn('DNS TXT lookup failed', error);
      records = [];
    }
    if (!records.includes(claim.recordValue)) throw new ApiProblem(422, 'domain_unverified', 'console.domain_unverified', { host: ['console.domain_unverified'] });
    if (!(await acceptClaim(c.env.DB, tenantId, claim.host))) throw domainTaken();
    await auditDomainVerified(c, claim.host, services.now());
    return c.json(await settingsView(c.env.DB, tenantId));
  });
