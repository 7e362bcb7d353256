import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import worker from '#worker/index.ts';
import { TENANT_A, request } from './support.ts';
import { HOST_A, clock, insertRegistrationTenants, linkTokenIn, recordingMailer, useFakeServices } from './registration-support.ts';
import { asShopkeeper, openSession, registerAndGetLink, sessionCookieOf } from './self-service-support.ts';

const mailer = recordingMailer();
const DAY = 86_400_000;
const REGISTERED_AT = new Date('2026-11-01T10:00:00Z');

beforeAll(insertRegistrationTenants);
beforeEach(() => {
  clock.now = REGISTERED_AT;
  useFakeServices({ mailer });
});

/** Runs the Cron Trigger's handler as workerd would, at the clock's time. */
async function runCron(): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: clock.now, cron: '17 * * * *' }), env, ctx);
  await waitOnExecutionContext(ctx);
}

const remindersTo = (listingId: string) => mailer.sent.filter((m) => m.listingId === listingId && /exactes|still correct/.test(m.subject));

describe('scheduled handler: freshness reminders', () => {
  it('reminds a listing once when it nears the stale age, and again only after a new confirmation', async () => {
    const { listingId, token, registration } = await registerAndGetLink(mailer);
    const cookie = sessionCookieOf(await openSession(token));
    clock.now = new Date(REGISTERED_AT.getTime() + 26 * DAY);
    await runCron();
    expect(remindersTo(listingId)).toEqual([]);

    clock.now = new Date(REGISTERED_AT.getTime() + 27.5 * DAY);
    await runCron();
    await runCron();
    const reminders = remindersTo(listingId);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ to: registration.email, tenantId: TENANT_A.id });
    expect(reminders[0]?.text).toMatch(/30 jours/);
    expect(reminders[0]?.text).toMatch(/^http:\/\/tenant-a\.localhost\/ma-fiche#token=/m);

    // The reminder's link works, and confirming starts the count again.
    expect((await openSession(linkTokenIn(reminders[0]), HOST_A)).status).toBe(200);
    clock.now = new Date(clock.now.getTime() + 3600_000);
    await asShopkeeper(cookie, '/listing/confirm', { method: 'POST' });
    clock.now = new Date(clock.now.getTime() + 28 * DAY);
    await runCron();
    expect(remindersTo(listingId)).toHaveLength(2);
  });

  it('shows a listing past the stale age as "to be confirmed" to its shopkeeper', async () => {
    const { token } = await registerAndGetLink(mailer);
    const cookie = sessionCookieOf(await openSession(token));
    await env.DB.prepare('UPDATE tenants SET stale_after_days = 5 WHERE id = ?1').bind(TENANT_A.id).run();
    clock.now = new Date(REGISTERED_AT.getTime() + 4.9 * DAY);
    expect(await (await asShopkeeper(cookie, '/listing')).json()).toMatchObject({ stale: false });
    clock.now = new Date(REGISTERED_AT.getTime() + 5.1 * DAY);
    expect(await (await asShopkeeper(cookie, '/listing')).json()).toMatchObject({ stale: true });
    await env.DB.prepare('UPDATE tenants SET stale_after_days = 30 WHERE id = ?1').bind(TENANT_A.id).run();
  });

  it('follows the tenant’s own stale age', async () => {
    await env.DB.prepare('UPDATE tenants SET stale_after_days = 10 WHERE id = ?1').bind(TENANT_A.id).run();
    const { listingId } = await registerAndGetLink(mailer);
    clock.now = new Date(REGISTERED_AT.getTime() + 8 * DAY);
    await runCron();
    expect(remindersTo(listingId)).toHaveLength(1);
    await env.DB.prepare('UPDATE tenants SET stale_after_days = 30 WHERE id = ?1').bind(TENANT_A.id).run();
  });

  it('does not remind a permanently closed business', async () => {
    const { listingId, token } = await registerAndGetLink(mailer);
    const cookie = sessionCookieOf(await openSession(token));
    await asShopkeeper(cookie, '/listing/status', { method: 'POST', body: { action: 'permanently_closed' } });
    clock.now = new Date(REGISTERED_AT.getTime() + 40 * DAY);
    await runCron();
    expect(remindersTo(listingId)).toEqual([]);
  });
});

describe('scheduled handler: closures and erasures', () => {
  it('reopens a listing whose "closed until" date has come, in the tenant’s time zone', async () => {
    const { listingId, token } = await registerAndGetLink(mailer);
    const cookie = sessionCookieOf(await openSession(token));
    await asShopkeeper(cookie, '/listing/status', { method: 'POST', body: { action: 'closed_until', until: '2026-11-05' } });
    clock.now = new Date('2026-11-04T22:30:00Z');
    await runCron();
    expect(await (await request(HOST_A, `/api/v1/listings/${listingId}`)).json()).toMatchObject({ status: 'temporarily_closed' });
    // 23:30 UTC is already 5 November in Paris.
    clock.now = new Date('2026-11-04T23:30:00Z');
    await runCron();
    expect(await (await request(HOST_A, `/api/v1/listings/${listingId}`)).json()).toMatchObject({ status: 'open' });
  });

  it('re-applies logged erasures to listings a restore brought back', async () => {
    await env.DB.prepare("INSERT INTO erasure_log (listing_id, tenant_id, erased_at) VALUES ('restoredone', ?1, '2026-10-01T00:00:00Z')").bind(TENANT_A.id).run();
    const { listingId } = await registerAndGetLink(mailer);
    await env.DB.prepare("UPDATE listings SET id = 'restoredone' WHERE id = ?1").bind(listingId).run();
    await runCron();
    expect(await env.DB.prepare("SELECT count(*) AS n FROM listings WHERE id = 'restoredone'").first()).toEqual({ n: 0 });
  });
});
