import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatchAlerts } from '#worker/services/alert-dispatch.ts';
import { addListings, clock, hostOf, insertConsoleTenants, useConsoleServices } from './console-support.ts';
import { changeHours, closeListing, fragmentToken, lastMailTo, mailsTo, post, reopenListing } from './alerts-support.ts';

const host = hostOf(1);
let listingId: string;
const resident = 'resident@example.org';

async function subscribeAndConfirm(address = resident): Promise<string> {
  expect((await post(host, `/alerts/listings/${listingId}/email`, { email: address, language: 'fr' })).status).toBe(202);
  const mail = await lastMailTo(address);
  expect((await post(host, '/alerts/confirmations', { token: fragmentToken(mail?.body_text, 'confirm') })).status).toBe(200);
  return fragmentToken(mail?.body_text, 'unsubscribe');
}

beforeAll(async () => {
  await insertConsoleTenants();
});

beforeEach(async () => {
  clock.now = new Date('2026-11-20T10:00:00Z');
  useConsoleServices();
  await env.DB.batch([env.DB.prepare('DELETE FROM alert_subscriptions'), env.DB.prepare('DELETE FROM alert_events'), env.DB.prepare('DELETE FROM outbox'), env.DB.prepare('DELETE FROM recipient_mail_counts')]);
  listingId = (await addListings(1, 1, { status: 'temporarily_closed', opening_hours: 'Mo-Sa 09:00-19:00' }))[0]!.id;
});

describe('reopening alerts by email', () => {
  it('sends nothing before the address is confirmed (double opt-in)', async () => {
    await post(host, `/alerts/listings/${listingId}/email`, { email: resident });
    expect((await lastMailTo(resident))?.subject).toContain('Confirmez');
    await reopenListing(listingId);
    expect(await dispatchAlerts(env)).toBe(0);
    expect(await mailsTo(resident)).toBe(1);
  });

  it('alerts once per change when the listing reopens, with an unsubscribe link', async () => {
    await subscribeAndConfirm();
    await reopenListing(listingId);
    expect(await dispatchAlerts(env)).toBe(1);
    expect(await dispatchAlerts(env)).toBe(0);
    const alert = await lastMailTo(resident);
    expect(alert?.subject).toContain('a rouvert');
    expect(alert?.body_text).toContain(`/l/${listingId}`);
    expect(alert?.body_text).toMatch(/#unsubscribe=[A-Za-z0-9_-]{43}/);
  });

  it('sends at most one alert a day per subscriber, and the next change after a day', async () => {
    await subscribeAndConfirm();
    await reopenListing(listingId);
    await changeHours(listingId, 'Mo-Fr 10:00-18:00');
    expect(await dispatchAlerts(env)).toBe(1);
    clock.now = new Date('2026-11-21T09:59:00Z');
    await changeHours(listingId, 'Mo-Fr 10:00-17:00');
    expect(await dispatchAlerts(env)).toBe(0);
    clock.now = new Date('2026-11-21T10:00:00Z');
    await changeHours(listingId, 'Mo-Fr 10:00-16:00');
    expect(await dispatchAlerts(env)).toBe(1);
    expect((await lastMailTo(resident))?.subject).toContain('a changé ses horaires');
  });

  it('does not alert on a change that is neither a reopening nor new hours', async () => {
    await subscribeAndConfirm();
    await closeListing(listingId);
    expect(await dispatchAlerts(env)).toBe(0);
  });

  it('unsubscribes from the link alone and erases the address', async () => {
    const unsubscribe = await subscribeAndConfirm();
    const response = await post(host, '/alerts/unsubscriptions', { token: unsubscribe });
    expect(await response.json()).toEqual({ erased: true });
    const left = await env.DB.prepare('SELECT count(*) AS n FROM alert_subscriptions WHERE address = ?1').bind(resident).first<{ n: number }>();
    expect(left?.n).toBe(0);
    await reopenListing(listingId);
    expect(await dispatchAlerts(env)).toBe(0);
    expect((await post(host, '/alerts/unsubscriptions', { token: unsubscribe }).then((r) => r.json()))).toEqual({ erased: false });
  });

  it('refuses a confirmation link used twice or on another tenant, and keeps no token in clear', async () => {
    await post(host, `/alerts/listings/${listingId}/email`, { email: resident });
    const token = fragmentToken((await lastMailTo(resident))?.body_text, 'confirm');
    expect((await post(hostOf(2), '/alerts/confirmations', { token })).status).toBe(410);
    expect((await post(host, '/alerts/confirmations', { token })).status).toBe(200);
    expect((await post(host, '/alerts/confirmations', { token })).status).toBe(410);
    const row = await env.DB.prepare('SELECT * FROM alert_subscriptions').first<Record<string, unknown>>();
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('answers the same whether or not the address already follows the listing', async () => {
    await subscribeAndConfirm();
    const again = await post(host, `/alerts/listings/${listingId}/email`, { email: resident });
    expect(again.status).toBe(202);
    expect(await mailsTo(resident)).toBe(1);
  });

  it('erases the followers of a listing the shopkeeper erases', async () => {
    await subscribeAndConfirm();
    const { eraseListing } = await import('#worker/db/listing-writes.ts');
    await eraseListing(env.DB, 1, listingId, clock.now);
    expect((await env.DB.prepare('SELECT count(*) AS n FROM alert_subscriptions').first<{ n: number }>())?.n).toBe(0);
  });
});
