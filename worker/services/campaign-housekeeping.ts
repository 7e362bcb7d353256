import { campaignContext, campaignsWithWork } from '../db/campaign.ts';
import { prepareCloseExpired, tenantToday } from '../db/crisis.ts';
import type { AppEnv } from '../env.ts';
import { dispatchAlerts } from './alert-dispatch.ts';
import { CHUNK_SIZE, sendChunks } from './campaign.ts';

/** Chunks per campaign and Cron run: the rate limit still applies inside them. */
const CHUNKS_PER_RUN = 10;
/** A Cron run stops taking chunks after this long, well inside the runtime's limit. */
const RUN_BUDGET_MS = 25_000;

/** Every campaign with rows left and not paused, sent as far as this run allows. */
export async function sendPendingCampaigns(env: AppEnv['Bindings']): Promise<number> {
  const untilMs = Date.now() + RUN_BUDGET_MS;
  let sent = 0;
  for (const campaign of await campaignsWithWork(env.DB)) {
    sent += await sendChunks(env, campaign, await campaignContext(env.DB, campaign), { chunkSize: CHUNK_SIZE, maxChunks: CHUNKS_PER_RUN, untilMs });
  }
  return sent;
}

export type CrisisHousekeepingReport = { crisesEnded: number; campaignEmails: number; alertsSent: number };

/**
 * The hourly share of crisis work: ends crises whose last day has passed, sends campaign chunks
 * left to send (this is how an interrupted campaign resumes without anyone), and sends the alerts
 * of changes no request has dispatched yet.
 */
export async function crisisHousekeeping(env: AppEnv['Bindings'], now: Date): Promise<CrisisHousekeepingReport> {
  const { results: tenants } = await env.DB.prepare('SELECT id, timezone FROM tenants WHERE disabled_at IS NULL').all<{ id: number; timezone: string }>();
  const closed = tenants.length > 0 ? await env.DB.batch(tenants.map((t) => prepareCloseExpired(env.DB, t.id, tenantToday(t.timezone, now), now))) : [];
  const crisesEnded = closed.reduce((n, result) => n + (result.meta.changes ?? 0), 0);
  const campaignEmails = await sendPendingCampaigns(env);
  return { crisesEnded, campaignEmails, alertsSent: await dispatchAlerts(env) };
}
