import { Hono, type Context } from 'hono';
import type { CampaignAudience } from '#schema/crisis-campaign.ts';
import { prepareAudit } from '../../db/audit.ts';
import { campaignAudience, campaignContext, campaignProgress, currentCampaign, prepareCampaignPause, prepareCampaignStart, type Campaign } from '../../db/campaign.ts';
import { activeCrisis, prepareDataVersionBump } from '../../db/crisis.ts';
import { ApiProblem } from '../../errors.ts';
import { CHUNK_SIZE, sendChunks, sendNextChunk } from '../../services/campaign.ts';
import { servicesFor } from '../../services/index.ts';
import { actorOf, requirePermission, requireStaff, sameOriginWrites } from '../../middleware/staff-session.ts';
import type { AppEnv } from '../../env.ts';
import { documented } from '../../openapi/describe.ts';

/** Small chunks in the background run, so that a pause holds within a few emails. */
const BACKGROUND_CHUNK_SIZE = 10;
/** The background run stops here, inside the runtime's time after the answer; the Cron goes on. */
const BACKGROUND_BUDGET_MS = 20_000;

/** Sends the campaign after the answer has gone; the console follows it by polling the progress. */
function sendInBackground(c: Context<AppEnv>, campaign: Campaign): void {
  servicesFor(c.env).background(c.executionCtx, 'Campaign sending', async () =>
    sendChunks(c.env, campaign, await campaignContext(c.env.DB, campaign), {
      chunkSize: BACKGROUND_CHUNK_SIZE, maxChunks: Number.POSITIVE_INFINITY, untilMs: Date.now() + BACKGROUND_BUDGET_MS,
    }),
  );
}

async function requireCampaign(c: Context<AppEnv>): Promise<Campaign> {
  const campaign = await currentCampaign(c.env.DB, c.get('tenant').id);
  if (!campaign) throw new ApiProblem(404, 'no_campaign', 'campaign.none');
  return campaign;
}

/** Pause (true) or resume (false), with its audit entry in the same batch. */
async function setPaused(c: Context<AppEnv>, paused: boolean): Promise<Campaign> {
  const campaign = await requireCampaign(c);
  const now = servicesFor(c.env).now();
  await c.env.DB.batch([
    prepareCampaignPause(c.env.DB, campaign, paused ? now : null),
    prepareAudit(c.env.DB, { tenantId: campaign.tenantId, actor: actorOf(c), action: paused ? 'pause_campaign' : 'resume_campaign', targetType: 'settings', targetId: `crisis:${campaign.crisisId}`, now }),
  ]);
  return (await currentCampaign(c.env.DB, campaign.tenantId))!;
}

/**
 * "Are you open during this period?": confirmed once with its number of recipients, then sent in
 * the background, chunk after chunk, right after the start or a resume and by the Cron every
 * minute, until done or paused.
 */
export const consoleCampaignRoutes = new Hono<AppEnv>()
  .use(sameOriginWrites, requireStaff, requirePermission('settings'))
  .get('/', documented({ summary: 'Campaign progress and answers', tag: 'Crisis', access: 'staff' }), async (c) => c.json(await campaignProgress(c.env.DB, await requireCampaign(c))))
  .get('/audience', documented({ summary: 'How many businesses a campaign started now would email', tag: 'Crisis', access: 'staff' }), async (c) => c.json<CampaignAudience>({ recipients: await campaignAudience(c.env.DB, c.get('tenant').id) }))
  .post('/', documented({ summary: 'Start the "are you open?" campaign, sent in the background', tag: 'Crisis', access: 'staff', success: 201 }), async (c) => {
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
    sendInBackground(c, campaign);
    return c.json({ progress: await campaignProgress(c.env.DB, campaign) }, 201);
  })
  .post('/pause', documented({ summary: 'Pause the campaign: no more e-mails until it is resumed', tag: 'Crisis', access: 'staff' }), async (c) => c.json({ progress: await campaignProgress(c.env.DB, await setPaused(c, true)) }))
  .post('/resume', documented({ summary: 'Resume a paused campaign in the background', tag: 'Crisis', access: 'staff' }), async (c) => {
    const campaign = await setPaused(c, false);
    sendInBackground(c, campaign);
    return c.json({ progress: await campaignProgress(c.env.DB, campaign) });
  })
  // One chunk now, in the request: for scripts and for a console that wants it without waiting.
  .post('/chunks', documented({ summary: 'Send the next chunk of campaign e-mails', tag: 'Crisis', access: 'staff' }), async (c) => {
    const campaign = await requireCampaign(c);
    const chunk = await sendNextChunk(c.env, campaign, await campaignContext(c.env.DB, campaign), CHUNK_SIZE);
    return c.json({ chunk, progress: await campaignProgress(c.env.DB, campaign) });
  });
