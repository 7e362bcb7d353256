import { isoDate, toLocal } from '#schema/hours/local-time.ts';
import type { Language } from '#schema/tenant.ts';
import { reapplyErasures } from './db/listing-writes.ts';
import { forgetPastMailCounts } from './db/recipient-mail-counts.ts';
import type { AppEnv } from './env.ts';
import { crisisHousekeeping, sendPendingCampaigns } from './services/campaign-housekeeping.ts';
import { servicesFor } from './services/index.ts';
import { sendPrivateLink } from './services/link-mail.ts';
import { retryLinkMails } from './services/link-mail-retry.ts';

/** Reminders go this many days before a listing would show as "to be confirmed". */
export const REMINDER_LEAD_DAYS = 3;
/** Per tenant and per run: the next hourly run takes the rest. */
const REMINDERS_PER_RUN = 100;
const DAY_MS = 86_400_000;

type TenantRow = { id: number; slug: string; name: string; timezone: string; default_language: Language; stale_after_days: number; host: string | null };

async function activeTenants(db: D1Database): Promise<TenantRow[]> {
  const { results } = await db
    .prepare(`SELECT t.id, t.slug, t.name, t.timezone, t.default_language, t.stale_after_days,
        (SELECT min(h.host) FROM tenant_hosts h WHERE h.tenant_id = t.id) AS host
      FROM tenants t WHERE t.disabled_at IS NULL`)
    .all<TenantRow>();
  return results;
}

/** A listing closed until a date opens again once that date has come, in the tenant's own time. */
async function reopenClosures(db: D1Database, tenant: TenantRow, now: Date): Promise<void> {
  const today = isoDate(toLocal(tenant.timezone, now).dayNumber);
  await db
    .prepare(`UPDATE listings SET status = 'open', status_until = NULL
      WHERE tenant_id = ?1 AND status = 'temporarily_closed' AND status_until IS NOT NULL AND status_until <= ?2`)
    .bind(tenant.id, today)
    .run();
}

/** One reminder per confirmation: sent when the age nears the limit, not again until re-confirmed. */
async function remindStaleListings(env: AppEnv['Bindings'], tenant: TenantRow, now: Date): Promise<number> {
  const lead = Math.min(REMINDER_LEAD_DAYS, tenant.stale_after_days - 1);
  const threshold = new Date(now.getTime() - (tenant.stale_after_days - lead) * DAY_MS).toISOString();
  const { results } = await env.DB
    .prepare(`SELECT id, name, email FROM listings
      WHERE tenant_id = ?1 AND last_confirmed_at < ?2 AND email IS NOT NULL AND status <> 'permanently_closed'
        AND (reminder_sent_at IS NULL OR reminder_sent_at < last_confirmed_at)
      LIMIT ?3`)
    .bind(tenant.id, threshold, REMINDERS_PER_RUN)
    .all<{ id: string; name: string; email: string }>();
  const { mailer } = servicesFor(env);
  const origin = tenant.host ? `https://${tenant.host}` : `http://${tenant.slug}.localhost`;
  for (const listing of results) {
    // Marked first: a failure after this point costs one reminder, never a flood of them.
    await env.DB.prepare('UPDATE listings SET reminder_sent_at = ?3 WHERE tenant_id = ?1 AND id = ?2').bind(tenant.id, listing.id, now.toISOString()).run();
    const recipient = { tenantId: tenant.id, tenantName: tenant.name, origin, listingId: listing.id, listingName: listing.name, email: listing.email };
    await sendPrivateLink(env.DB, mailer, recipient, tenant.default_language, now, 'reminder', tenant.stale_after_days);
  }
  return results.length;
}

export type HousekeepingReport = { erasuresReapplied: number; remindersSent: number; linkMailsRetried: number };

export async function housekeeping(env: AppEnv['Bindings'], now: Date): Promise<HousekeepingReport> {
  const erasuresReapplied = await reapplyErasures(env.DB);
  await forgetPastMailCounts(env.DB, now);
  const { sent: linkMailsRetried } = await retryLinkMails(env.DB, servicesFor(env).mailer, now);
  let remindersSent = 0;
  for (const tenant of await activeTenants(env.DB)) {
    await reopenClosures(env.DB, tenant, now);
    remindersSent += await remindStaleListings(env, tenant, now);
  }
  return { erasuresReapplied, remindersSent, linkMailsRetried };
}

/** The every-minute Cron of wrangler.toml: campaigns go on sending with nobody on the console. */
export const CAMPAIGN_CRON = '* * * * *';

/** The Cron Triggers of wrangler.toml: campaigns every minute, the rest hourly. */
export async function scheduled(controller: ScheduledController, env: AppEnv['Bindings'], ctx: ExecutionContext): Promise<void> {
  const services = servicesFor(env);
  if (controller.cron === CAMPAIGN_CRON) {
    services.background(ctx, 'Campaign Cron', () => sendPendingCampaigns(env));
    return;
  }
  const now = services.now() ?? new Date(controller.scheduledTime);
  ctx.waitUntil(housekeeping(env, now).then(() => crisisHousekeeping(env, now)));
}
