import { Hono } from 'hono';
import { CrisisInputSchema } from '#schema/crisis.ts';
import { prepareAudit } from '../../db/audit.ts';
import { campaignProgress, currentCampaign } from '../../db/campaign.ts';
import { activeCrisis, crisisPeriods, prepareCloseExpired, prepareCrisisEdit, prepareCrisisEnd, prepareCrisisStart, prepareDataVersionBump, tenantToday } from '../../db/crisis.ts';
import { crisisStats } from '../../db/crisis-stats.ts';
import { ApiProblem } from '../../errors.ts';
import { servicesFor } from '../../services/index.ts';
import { actorOf, requirePermission, requireStaff, sameOriginWrites } from '../../middleware/staff-session.ts';
import { validate } from '../../validation.ts';
import type { AppEnv } from '../../env.ts';
import { documented } from '../../openapi/describe.ts';

/** Crisis mode of the tenant: the admin's switch. Nothing here touches what shopkeepers entered. */
export const consoleCrisisRoutes = new Hono<AppEnv>()
  .use(sameOriginWrites, requireStaff, requirePermission('settings'))
  .get('/', documented({ summary: 'Crisis mode', tag: 'Crisis', access: 'staff' }), async (c) => {
    const tenant = c.get('tenant');
    const now = servicesFor(c.env).now();
    const campaign = await currentCampaign(c.env.DB, tenant.id);
    return c.json({
      active: await activeCrisis(c.env.DB, tenant.id, tenant.timezone, now),
      periods: await crisisPeriods(c.env.DB, tenant.id),
      campaign: campaign ? await campaignProgress(c.env.DB, campaign) : null,
    });
  })
  .get('/stats', documented({ summary: 'Use during the crisis against the days before', tag: 'Crisis', access: 'staff' }), async (c) => c.json({ periods: await crisisStats(c.env.DB, c.get('tenant').id, servicesFor(c.env).now()) }))
  // Turns crisis mode on, or edits the running crisis (its start, statistics and campaign stay).
  .put('/', documented({ summary: 'Turn crisis mode on or change it', tag: 'Crisis', access: 'staff' }), validate('json', CrisisInputSchema), async (c) => {
    const tenant = c.get('tenant');
    const input = c.req.valid('json');
    const now = servicesFor(c.env).now();
    await prepareCloseExpired(c.env.DB, tenant.id, tenantToday(tenant.timezone, now), now).run();
    const before = await activeCrisis(c.env.DB, tenant.id, tenant.timezone, now);
    await c.env.DB.batch([
      before ? prepareCrisisEdit(c.env.DB, tenant.id, input) : prepareCrisisStart(c.env.DB, tenant.id, input, now),
      prepareDataVersionBump(c.env.DB, tenant.id),
      prepareAudit(c.env.DB, { tenantId: tenant.id, actor: actorOf(c), action: before ? 'update_crisis' : 'start_crisis', targetType: 'settings', targetId: 'crisis', before, after: input, now }),
    ]);
    return c.json({ active: await activeCrisis(c.env.DB, tenant.id, tenant.timezone, now) });
  })
  .delete('/', documented({ summary: 'Turn crisis mode off', tag: 'Crisis', access: 'staff' }), async (c) => {
    const tenant = c.get('tenant');
    const now = servicesFor(c.env).now();
    const before = await activeCrisis(c.env.DB, tenant.id, tenant.timezone, now);
    if (!before) throw new ApiProblem(409, 'crisis_not_active', 'crisis.not_active');
    await c.env.DB.batch([
      prepareCrisisEnd(c.env.DB, tenant.id, now),
      prepareDataVersionBump(c.env.DB, tenant.id),
      prepareAudit(c.env.DB, { tenantId: tenant.id, actor: actorOf(c), action: 'end_crisis', targetType: 'settings', targetId: 'crisis', before, now }),
    ]);
    return c.json({ active: null });
  });
