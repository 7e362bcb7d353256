import type { CampaignAnswer, CampaignChunkResult } from '#schema/crisis-campaign.ts';
import type { StatusChange } from '#schema/self-service.ts';
import type { Language } from '#schema/tenant.ts';
import { claimRecipients, markSent, markUndelivered, remainingRecipients, sentInLastMinute, spendAnswerToken, unspendAnswerToken } from '../db/campaign-sending.ts';
import type { Campaign } from '../db/campaign.ts';
import { prepareStatusChange } from '../db/listing-writes.ts';
import type { AppEnv } from '../env.ts';
import { campaignMail } from './campaign-mail.ts';
import { servicesFor } from './index.ts';
import { newSecretToken, sha256Hex } from './tokens.ts';
import { messageOf } from '#schema/errors.ts';

/** Long enough for a shop that reads its mail once a week, short enough that old mails die. */
export const ANSWER_TOKEN_TTL_MS = 7 * 86_400_000;
export const CHUNK_SIZE = 50;
const DEFAULT_PER_MINUTE = 600;

/** Per campaign and minute; a deployment whose provider allows more raises CAMPAIGN_PER_MINUTE. */
export function campaignRate(env: AppEnv['Bindings']): number {
  const configured = Number(env.CAMPAIGN_PER_MINUTE);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_PER_MINUTE;
}

type CrisisContext = { tenantName: string; crisisTitle: string; language: Language };

/** A provider that refuses the address itself (4xx other than 429) will refuse it again. */
function isBounce(error: unknown): boolean {
  const status = /answered (\d{3})/.exec(error instanceof Error ? error.message : '')?.[1];
  return status !== undefined && status.startsWith('4') && status !== '429';
}

/**
 * Sends the next chunk of a campaign: at most CHUNK_SIZE rows and what the per-minute rate still
 * allows. Each row is claimed before its email goes and marked right after, one by one, so a run
 * stopped anywhere resumes where it stood: the next call (console or Cron) takes the rows still
 * pending, the failed ones, and claims left behind by a dead run once their lease has passed.
 */
export async function sendNextChunk(env: AppEnv['Bindings'], campaign: Campaign, context: CrisisContext, limit = CHUNK_SIZE): Promise<CampaignChunkResult> {
  const { mailer, now } = servicesFor(env);
  const budget = Math.min(limit, campaignRate(env) - (await sentInLastMinute(env.DB, campaign.id, now())));
  const tokens = new Map<string, string>();
  const claimed = await claimRecipients(env.DB, campaign.id, budget, now(), async (listingId) => {
    const token = newSecretToken();
    tokens.set(listingId, token);
    return sha256Hex(token);
  }, ANSWER_TOKEN_TTL_MS);
  let sent = 0;
  let failed = 0;
  for (const recipient of claimed) {
    const text = campaignMail(context.language, {
      tenantName: context.tenantName, listingName: recipient.name, crisisTitle: context.crisisTitle, origin: campaign.origin,
      token: tokens.get(recipient.listingId)!, validDays: ANSWER_TOKEN_TTL_MS / 86_400_000,
    });
    try {
      await mailer.send({ tenantId: campaign.tenantId, listingId: recipient.listingId, to: recipient.email, ...text });
    } catch (error) {
      failed++;
      await markUndelivered(env.DB, campaign.id, recipient.listingId, isBounce(error) ? 'bounced' : 'failed', messageOf(error));
      continue;
    }
    await markSent(env.DB, campaign.id, recipient.listingId, now());
    sent++;
  }
  return { claimed: claimed.length, sent, failed, remaining: await remainingRecipients(env.DB, campaign.id) };
}

/**
 * Sends chunk after chunk until the campaign is done or paused, its minute's rate is spent, the
 * provider failed a whole chunk, `maxChunks` went or `untilMs` (wall clock) has passed: whatever
 * is left goes with the next run. Answers how many emails went.
 */
export async function sendChunks(
  env: AppEnv['Bindings'],
  campaign: Campaign,
  context: CrisisContext,
  { chunkSize, maxChunks, untilMs }: { chunkSize: number; maxChunks: number; untilMs: number },
): Promise<number> {
  let sent = 0;
  for (let chunk = 0; chunk < maxChunks && Date.now() < untilMs; chunk++) {
    const result = await sendNextChunk(env, campaign, context, chunkSize);
    sent += result.sent;
    if (result.claimed === 0 || result.sent === 0 || result.remaining === 0) break;
  }
  return sent;
}

function statusChangeOf(answer: CampaignAnswer): StatusChange {
  switch (answer.answer) {
    case 'open':
      return { action: 'open_today' };
    case 'services_only':
      return { action: 'services_only', services: answer.services };
    case 'closed_until':
      return { action: 'closed_until', until: answer.until };
  }
}

/**
 * A one-tap answer: the token is spent, then the listing changes through listing-writes (which
 * also records the confirmation). Answers the listing id, or null for a spent or expired token.
 */
export async function applyCampaignAnswer(env: AppEnv['Bindings'], tenantId: number, answer: CampaignAnswer): Promise<string | null> {
  const now = servicesFor(env).now();
  const tokenHash = await sha256Hex(answer.token);
  const spent = await spendAnswerToken(env.DB, tenantId, tokenHash, answer.answer, now);
  if (!spent) return null;
  try {
    await prepareStatusChange(env.DB, tenantId, spent.listingId, statusChangeOf(answer), now).run();
  } catch (error) {
    await unspendAnswerToken(env.DB, tokenHash);
    throw error;
  }
  return spent.listingId;
}
