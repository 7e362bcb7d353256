import { Hono } from 'hono';
import { prepareAudit } from '../../db/audit.ts';
import { campaignContext, campaignProgress, currentCampaign, prepareCampaignStart } from '../../db/campaign.ts';
import { activeCrisis, prepareDataVersionBump } from '../../db/crisis.ts';
import { ApiProblem } from '../../errors.ts';
import { sendNextChunk } from '../../services/campaign.ts';
import { servicesFor } from '../../services/index.ts';
import { actorOf, requirePermission, requireStaff, sameOriginWrites, type ConsoleEnv } from '../../middleware/staff-session.ts';

/**
 * "Are you open during this period?": started with one click, then sent chunk by chunk, by the
 * console ("send next chunk") and by the hourly Cron, whichever comes first.
 */
export const consoleCampaignRoutes = new Hono<ConsoleEnv>()
  .use(sameOriginWrites, requireStaff, requirePermission('settings'))
  .get('/', async (c) => {
    const campaign = await currentCampaign(c.env.DB, c.get('tenant').id);
    if (!campaign) throw new ApiProblem(404, 'no_campaign', 'campaign.none');
    return c.json(await campaignProgress(c.env.DB, campaign));
  })
  .post('/', async (c) => {
    const tenant = c.get('tenant');
    const now = servicesFor(c.env).now();
    const crisis = await activeCrisis(c.env.DB, tenant.id, tenant.timezone, now);
    if (!crisis) throw new ApiProblem(409, 'crisis_not_active', 'crisis.not_active');
    if (await currentCampaign(c.env.DB, tenant.id)) throw new ApiProblem(409, 'campaign_exists', 'campaign.exists');
    await c.env.DB.batch([
      ...prepareCampaignStart(c.env.DB, tenant.id, crisis.id, actorOf(c), new URL(c.req.url).origin, now),
      // From now on, listings that have not answered show "to be confirmed": cached maps must not hide it.
      prepareDataVersionBump(c.env.DB, tenant.id),
      prepareAudit(c.env.DB, { tenantId: tenant.id, actor: actorOf(c), action: 'start_campaign', targetType: 'settings', targetId: `crisis:${crisis.id}`, now }),
    ]);
    const campaign = (await currentCampaign(c.env.DB, tenant.id))!;
    const chunk = await sendNextChunk(c.env, campaign, await campaignContext(c.env.DB, campaign));
    return c.json({ chunk, progress: await campaignProgress(c.env.DB, campaign) }, 201);
  })
  .post('/chunks', async (c) => {
    const campaign = await currentCampaign(c.env.DB, c.get('tenant').id);
    if (!campaign) throw new ApiProblem(404, 'no_campaign', 'campaign.none');
    const chunk = await sendNextChunk(c.env, campaign, await campaignContext(c.env.DB, campaign));
    return c.json({ chunk, progress: await campaignProgress(c.env.DB, campaign) });
  });
