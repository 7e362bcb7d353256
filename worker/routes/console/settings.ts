import { Hono } from 'hono';
import { TenantSettingsSchema } from '#schema/console/settings.ts';
import { prepareAudit } from '../../db/audit.ts';
import { hostsOfOtherTenants, prepareSettingsWrite, readSettings } from '../../db/console-settings.ts';
import { ApiProblem } from '../../errors.ts';
import { servicesFor } from '../../services/index.ts';
import { actorOf, requirePermission, requireStaff, type ConsoleEnv } from '../../services/staff-session.ts';
import { validate } from '../../validation.ts';

export const settingsRoutes = new Hono<ConsoleEnv>()
  .use(requireStaff, requirePermission('settings'))
  .get('/', async (c) => c.json(await readSettings(c.env.DB, c.get('tenant').id)))
  .put('/', validate('json', TenantSettingsSchema), async (c) => {
    const tenantId = c.get('tenant').id;
    const settings = c.req.valid('json');
    const taken = await hostsOfOtherTenants(c.env.DB, tenantId, settings.domains);
    if (taken.length > 0) throw new ApiProblem(409, 'domain_taken', 'console.domain_taken', { domains: ['console.domain_taken'] });
    const before = await readSettings(c.env.DB, tenantId);
    const now = servicesFor(c.env).now();
    await c.env.DB.batch([
      ...prepareSettingsWrite(c.env.DB, tenantId, settings),
      prepareAudit(c.env.DB, { tenantId, actor: actorOf(c), action: 'update_settings', targetType: 'settings', targetId: null, before, after: settings, now }),
    ]);
    return c.json(await readSettings(c.env.DB, tenantId));
  });
