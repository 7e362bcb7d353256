import { Hono } from 'hono';
import { CampaignAnswerSchema } from '#schema/crisis-campaign.ts';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { dispatchAlerts } from '../services/alert-dispatch.ts';
import { applyCampaignAnswer } from '../services/campaign.ts';
import { limitWrites, requireSameOrigin } from '../services/request-guards.ts';
import { validate } from '../validation.ts';

/**
 * The one-tap answers of the crisis campaign. The email's link opens a page that posts here, so
 * that a mail scanner following links cannot answer in the shopkeeper's place.
 */
export const crisisRoutes = new Hono<AppEnv>().post('/answers', requireSameOrigin, limitWrites, validate('json', CampaignAnswerSchema), async (c) => {
  const tenant = c.get('tenant');
  const listingId = await applyCampaignAnswer(c.env, tenant.id, c.req.valid('json'));
  if (!listingId) throw new ApiProblem(410, 'link_invalid', 'campaign.link_invalid');
  // A shop that reopens is news for the residents who follow it: they hear it without waiting for
  // the Cron. A failure here leaves the events for the Cron; the answer itself is saved.
  await dispatchAlerts(c.env, tenant.id).catch((error: unknown) => console.error('Alert dispatch failed', error));
  return c.json({ saved: true as const, listingId });
});
