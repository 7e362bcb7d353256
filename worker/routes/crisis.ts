import { Hono } from 'hono';
import { CampaignAnswerSchema } from '#schema/crisis-campaign.ts';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { dispatchAlertsAfterWrite } from '../services/alert-dispatch.ts';
import { applyCampaignAnswer } from '../services/campaign.ts';
import { limitWrites, requireSameOrigin } from '../middleware/request-guards.ts';
import { validate } from '../validation.ts';
import { documented } from '../openapi/describe.ts';

/**
 * The one-tap answers of the crisis campaign. The email's link opens a page that posts here, so
 * that a mail scanner following links cannot answer in the shopkeeper's place.
 */
export const crisisRoutes = new Hono<AppEnv>().post('/answers', documented({ summary: 'One-tap answer to a crisis campaign e-mail', tag: 'Crisis', access: 'public' }), requireSameOrigin, limitWrites('crisis_answer'), validate('json', CampaignAnswerSchema), async (c) => {
  const tenant = c.get('tenant');
  const listingId = await applyCampaignAnswer(c.env, tenant.id, c.req.valid('json'));
  if (!listingId) throw new ApiProblem(410, 'link_invalid', 'campaign.link_invalid');
  await dispatchAlertsAfterWrite(c.env, tenant.id);
  return c.json({ saved: true as const, listingId });
});
