import { confirmedSubscribers, deleteEndpoint, takeAlertEvents, takeDailySlot, type AlertEvent, type Subscriber } from '../db/alert-subscriptions.ts';
import type { AppEnv } from '../env.ts';
import { alertMail, alertPushText } from './alert-mail.ts';
import { unsubscribeToken, unsubscribeUrl } from './alert-tokens.ts';
import { servicesFor } from './index.ts';
import { pushServiceFor } from './push.ts';

const EVENTS_PER_RUN = 200;

type ListingInfo = { name: string; tenantName: string; origin: string };

async function listingInfo(db: D1Database, event: AlertEvent): Promise<ListingInfo | null> {
  const row = await db
    .prepare(`SELECT l.name, t.name AS tenant_name, t.slug, (SELECT min(h.host) FROM tenant_hosts h WHERE h.tenant_id = t.id) AS host
      FROM listings l JOIN tenants t ON t.id = l.tenant_id WHERE l.tenant_id = ?1 AND l.id = ?2 AND l.published = 1`)
    .bind(event.tenantId, event.listingId)
    .first<{ name: string; tenant_name: string; slug: string; host: string | null }>();
  if (!row) return null;
  return { name: row.name, tenantName: row.tenant_name, origin: row.host ? `https://${row.host}` : `http://${row.slug}.localhost` };
}

/**
 * Sends the alerts of the recorded changes: each event is taken once (deleted as it is read),
 * each subscription gets at most one alert per 24 hours, and a push endpoint the push service
 * no longer knows is erased. Answers the number of alerts sent.
 */
export async function dispatchAlerts(env: AppEnv['Bindings'], tenantId: number | null = null, origin?: string): Promise<number> {
  const services = servicesFor(env);
  const push = pushServiceFor(env, services.now);
  let sent = 0;
  for (const event of await takeAlertEvents(env.DB, tenantId, EVENTS_PER_RUN)) {
    const info = await listingInfo(env.DB, event);
    if (!info) continue;
    const base = origin ?? info.origin;
    for (const subscriber of await confirmedSubscribers(env.DB, event.tenantId, event.listingId)) {
      if (!(await takeDailySlot(env.DB, subscriber.id, services.now()))) continue;
      try {
        if (await deliver(env, subscriber, event, { ...info, origin: base }, push)) sent++;
      } catch (error) {
        // One unreachable subscriber must not cost the others their alert.
        console.error('Alert delivery failed', error);
      }
    }
  }
  return sent;
}

/**
 * After a write that may reopen a listing: the residents who follow it hear at once rather than at
 * the next Cron. A failure here leaves the events for the Cron; the write itself is saved.
 */
export async function dispatchAlertsAfterWrite(env: AppEnv['Bindings'], tenantId: number): Promise<void> {
  await dispatchAlerts(env, tenantId).catch((error: unknown) => console.error('Alert dispatch failed', error));
}

async function deliver(env: AppEnv['Bindings'], subscriber: Subscriber, event: AlertEvent, info: ListingInfo, push: ReturnType<typeof pushServiceFor>): Promise<boolean> {
  const services = servicesFor(env);
  const listingUrl = `${info.origin}/l/${event.listingId}`;
  if (subscriber.channel === 'email') {
    const token = await unsubscribeToken(services.formSigningKey, subscriber.unsubscribeSalt);
    const text = alertMail(subscriber.language, { tenantName: info.tenantName, listingName: info.name, kind: event.kind, listingUrl, unsubscribeUrl: unsubscribeUrl(info.origin, token) });
    await services.mailer.send({ tenantId: event.tenantId, listingId: null, to: subscriber.address, ...text });
    return true;
  }
  if (!push || !subscriber.p256dh || !subscriber.auth) return false;
  const outcome = await push.send(
    { tenantId: event.tenantId, endpoint: subscriber.address, p256dh: subscriber.p256dh, auth: subscriber.auth },
    { ...alertPushText(subscriber.language, info.name, event.kind), url: listingUrl, listingId: event.listingId, kind: event.kind },
  );
  if (outcome === 'gone') await deleteEndpoint(env.DB, subscriber.address);
  return outcome === 'sent';
}
