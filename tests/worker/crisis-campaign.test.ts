import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CampaignAudience, CampaignChunkResult, CampaignProgress } from '#schema/crisis-campaign.ts';
import worker from '#worker/index.ts';
import { claimRecipients } from '#worker/db/campaign-sending.ts';
import { crisisHousekeeping } from '#worker/services/campaign-housekeeping.ts';
import { replaceServices } from '#worker/services/index.ts';
import { outboxMailer, type Mailer } from '#worker/services/mailer.ts';
import { addListings, addStaff, clock, consoleRequest, hostOf, insertConsoleTenants, signIn, useConsoleServices, type Session } from './console-support.ts';
import { bookmarkCookieOf } from './support.ts';
import { answer, answerTokenOf, crisisOn, heldBackground, mapFeatures, outboxCountByListing, shopsWithEmail } from './crisis-support.ts';

const host = hostOf(1);
let admin: Session;
let shops: string[];
let background: ReturnType<typeof heldBackground>;

/** The provider accepts `healthyFor` emails, then fails every other one until replaced. */
function failingAfter(healthyFor: number, message = 'email API answered 503'): Mailer {
  const real = outboxMailer(env.DB, () => clock.now);
  let sent = 0;
  return {
    async send(mail) {
      if (sent >= healthyFor) throw new Error(message);
      sent++;
      await real.send(mail);
    },
  };
}

async function progress(): Promise<CampaignProgress> {
  return (await consoleRequest(admin, '/campaign')).json<CampaignProgress>();
}

/** One click on "send the campaign", then the background run it leaves behind. */
async function startCampaign(): Promise<Response> {
  const started = await consoleRequest(admin, '/campaign', { method: 'POST' });
  await background.drain();
  return started;
}

/** Runs a Cron Trigger's handler as workerd would, then what it left to waitUntil. */
async function runCron(cron: string): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: clock.now, cron }), env, ctx);
  await waitOnExecutionContext(ctx);
  await background.drain();
}

beforeAll(async () => {
  await insertConsoleTenants();
  await addStaff(1, 'admin@a.fr', 'admin');
});

beforeEach(async () => {
  clock.now = new Date('2026-11-20T10:00:00Z');
  useConsoleServices();
  background = heldBackground();
  replaceServices({ background: background.run });
  await env.DB.batch([
    env.DB.prepare('UPDATE crisis_periods SET ended_at = ?1 WHERE ended_at IS NULL').bind(clock.now.toISOString()),
    env.DB.prepare('DELETE FROM campaign_recipients'),
    env.DB.prepare('DELETE FROM outbox'),
    env.DB.prepare('DELETE FROM listings'),
    // Each test signs in afresh: the daily sign-in mail cap is for people, not for this file.
    env.DB.prepare('DELETE FROM recipient_mail_counts'),
  ]);
  admin = await signIn(1, 'admin@a.fr');
  shops = await shopsWithEmail(30);
  await addListings(1, 4, { email: null });
  await crisisOn(admin);
});

describe('crisis campaign', () => {
  it('sends exactly one email per listing with an email, across provider failures, a dead run and the Cron', async () => {
    replaceServices({ mailer: failingAfter(10) });
    expect((await startCampaign()).status).toBe(201);
    // The background run stops at the first chunk the provider fails whole: the rest waits for the next run.
    expect((await progress()).counts).toMatchObject({ sent: 10, failed: 10, pending: 10 });

    // A run that dies after claiming five rows and before sending them.
    const dead = await claimRecipients(env.DB, (await progress()).id, 5, clock.now, async (id) => `dead-${id}`, 60_000);
    expect(dead).toHaveLength(5);

    replaceServices({ mailer: outboxMailer(env.DB, () => clock.now) });
    const resumed = await (await consoleRequest(admin, '/campaign/chunks', { method: 'POST' })).json<{ chunk: CampaignChunkResult }>();
    expect(resumed.chunk).toMatchObject({ sent: 15, failed: 0, remaining: 5 });
    expect((await (await consoleRequest(admin, '/campaign/chunks', { method: 'POST' })).json<{ chunk: CampaignChunkResult }>()).chunk.claimed).toBe(0);

    // The dead run's claims are taken again once their lease has passed: by the Cron this time.
    clock.now = new Date(clock.now.getTime() + 11 * 60_000);
    expect((await crisisHousekeeping(env, clock.now)).campaignEmails).toBe(5);

    const perListing = await outboxCountByListing(1);
    expect(perListing.size).toBe(30);
    expect([...perListing.keys()].sort()).toEqual([...shops].sort());
    expect([...perListing.values()].every((n) => n === 1)).toBe(true);
    admin = await signIn(1, 'admin@a.fr');
    expect((await progress()).counts).toMatchObject({ sent: 30, pending: 0, sending: 0, failed: 0 });
  });

  it('marks an address the provider refuses as bounced and does not retry it', async () => {
    replaceServices({ mailer: failingAfter(29, 'email API answered 422') });
    await startCampaign();
    replaceServices({ mailer: outboxMailer(env.DB, () => clock.now) });
    const next = await (await consoleRequest(admin, '/campaign/chunks', { method: 'POST' })).json<{ chunk: CampaignChunkResult }>();
    expect(next.chunk.claimed).toBe(0);
    const { counts, recipients } = await progress();
    expect(counts).toMatchObject({ sent: 29, bounced: 1 });
    expect(recipients.find((r) => r.state === 'bounced')?.lastError).toContain('422');
  });

  it('applies a one-tap answer once, through the listing writes, and shows it live in the console', async () => {
    await startCampaign();
    const [shop] = shops;
    const token = await answerTokenOf(shop!);
    clock.now = new Date('2026-11-20T11:00:00Z');
    const first = await answer(host, { token, answer: 'closed_until', until: '2026-12-01' });
    expect(first.status).toBe(200);
    const row = await env.DB.prepare('SELECT status, status_until, last_confirmed_at FROM listings WHERE id = ?1').bind(shop).first();
    expect(row).toEqual({ status: 'temporarily_closed', status_until: '2026-12-01', last_confirmed_at: clock.now.toISOString() });
    expect((await answer(host, { token, answer: 'open' })).status).toBe(410);
    expect((await env.DB.prepare('SELECT status FROM listings WHERE id = ?1').bind(shop).first())?.status).toBe('temporarily_closed');
    const live = await progress();
    expect(live.counts.answered).toBe(1);
    expect(live.recipients[0]).toMatchObject({ listingId: shop, state: 'answered', answer: 'closed_until' });
  });

  it('refuses an answer link after it expires, and one of another tenant', async () => {
    await startCampaign();
    const token = await answerTokenOf(shops[1]!);
    expect((await answer(hostOf(2), { token, answer: 'open' })).status).toBe(410);
    clock.now = new Date(clock.now.getTime() + 7 * 86_400_000 + 1);
    expect((await answer(host, { token, answer: 'open' })).status).toBe(410);
  });

  it('shows listings that have not answered as "to be confirmed" while the crisis is on, and only then', async () => {
    // Seen by the staff member who makes each change (their bookmark passes the edge cache).
    const fresh = async (cookie?: string) => (await mapFeatures(host, cookie)).filter((f) => shops.includes(f.id));
    const staleBefore = new Map((await fresh()).map((f) => [f.id, f.properties.stale]));
    await startCampaign();
    clock.now = new Date('2026-11-20T10:05:00Z');
    const answered = await answer(host, { token: await answerTokenOf(shops[2]!), answer: 'services_only', services: ['delivery'] });
    const during = await fresh(bookmarkCookieOf(answered));
    expect(during.find((f) => f.id === shops[2])?.properties).toMatchObject({ stale: false, status: 'adapted', services: ['delivery'] });
    expect(during.filter((f) => f.id !== shops[2]).every((f) => f.properties.stale === true)).toBe(true);
    const ended = await consoleRequest(admin, '/crisis', { method: 'DELETE' });
    const after = await fresh(bookmarkCookieOf(ended));
    expect(after.filter((f) => f.id !== shops[2]).map((f) => [f.id, f.properties.stale])).toEqual(
      after.filter((f) => f.id !== shops[2]).map((f) => [f.id, staleBefore.get(f.id)]),
    );
  });

  it('tells how many businesses it will mail, then sends every batch in the background after one start', async () => {
    const audience = await (await consoleRequest(admin, '/campaign/audience')).json<CampaignAudience>();
    expect(audience).toEqual({ recipients: 30 });
    const started = await consoleRequest(admin, '/campaign', { method: 'POST' });
    expect(started.status).toBe(201);
    // The answer comes before any email: the sending is left to the background run.
    expect((await started.json<{ progress: CampaignProgress }>()).progress).toMatchObject({ total: 30, pausedAt: null, counts: { pending: 30, sent: 0 } });
    expect(background.waiting).toBe(1);
    await background.drain();
    expect((await progress()).counts).toMatchObject({ pending: 0, sending: 0, sent: 30 });
    const perListing = await outboxCountByListing(1);
    expect([...perListing.keys()].sort()).toEqual([...shops].sort());
    expect([...perListing.values()].every((n) => n === 1)).toBe(true);
  });

  it('sends nothing while paused, by the background run or the Cron, and finishes once resumed', async () => {
    await consoleRequest(admin, '/campaign', { method: 'POST' });
    const paused = await consoleRequest(admin, '/campaign/pause', { method: 'POST' });
    expect(paused.status).toBe(200);
    expect((await paused.json<{ progress: CampaignProgress }>()).progress.pausedAt).toBe(clock.now.toISOString());
    await background.drain();
    await runCron('* * * * *');
    await runCron('17 * * * *');
    expect((await progress()).counts).toMatchObject({ pending: 30, sent: 0 });
    expect((await outboxCountByListing(1)).size).toBe(0);
    expect((await consoleRequest(admin, '/campaign/chunks', { method: 'POST' })).ok).toBe(true);
    expect((await progress()).counts.sent).toBe(0);

    const resumed = await consoleRequest(admin, '/campaign/resume', { method: 'POST' });
    expect((await resumed.json<{ progress: CampaignProgress }>()).progress.pausedAt).toBeNull();
    await background.drain();
    expect((await progress()).counts).toMatchObject({ pending: 0, sent: 30 });
    const actions = (await env.DB.prepare("SELECT action FROM audit_log WHERE tenant_id = 1 AND action LIKE '%campaign' ORDER BY id").all<{ action: string }>()).results;
    expect(actions.slice(-3).map((a) => a.action)).toEqual(['start_campaign', 'pause_campaign', 'resume_campaign']);
  });

  it('stops within a chunk of a pause made while sending, and resumes where it stood', async () => {
    // The pause arrives while the fifth email goes: the chunk under way ends, no other starts.
    const real = outboxMailer(env.DB, () => clock.now);
    let sent = 0;
    replaceServices({
      mailer: {
        async send(mail) {
          if (++sent === 5) await consoleRequest(admin, '/campaign/pause', { method: 'POST' });
          await real.send(mail);
        },
      },
    });
    await startCampaign();
    const held = await progress();
    expect(held.pausedAt).not.toBeNull();
    expect(held.counts).toMatchObject({ sent: 10, pending: 20 });
    await consoleRequest(admin, '/campaign/resume', { method: 'POST' });
    await background.drain();
    expect((await progress()).counts).toMatchObject({ sent: 30, pending: 0 });
    expect([...(await outboxCountByListing(1)).values()].every((n) => n === 1)).toBe(true);
  });

  it('goes on with the every-minute Cron when the background run after the start never ran', async () => {
    await consoleRequest(admin, '/campaign', { method: 'POST' });
    expect(background.waiting).toBe(1);
    // The runtime ended the request's background work before it started.
    background = heldBackground();
    replaceServices({ background: background.run });
    await runCron('* * * * *');
    expect((await progress()).counts).toMatchObject({ sent: 30, pending: 0 });
  });

  it('starts one campaign per crisis, and none without a crisis', async () => {
    expect((await consoleRequest(admin, '/campaign', { method: 'POST' })).status).toBe(201);
    expect((await consoleRequest(admin, '/campaign', { method: 'POST' })).status).toBe(409);
    await consoleRequest(admin, '/crisis', { method: 'DELETE' });
    expect((await consoleRequest(admin, '/campaign', { method: 'POST' })).status).toBe(409);
  });
});
