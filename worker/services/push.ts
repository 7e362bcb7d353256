import type { AlertPayload } from '#schema/alerts.ts';
import { isDevelopment } from '../deployment/environment.ts';
import type { AppEnv } from '../env.ts';
import { encryptPushPayload } from './push-encryption.ts';
import { vapidAuthorization, type VapidKeys } from './push-vapid.ts';

export type PushTarget = { tenantId: number; endpoint: string; p256dh: string; auth: string };

/** `gone`: the push service no longer knows the subscription (404/410); it must be forgotten. */
export type PushOutcome = 'sent' | 'gone' | 'failed';

export interface PushService {
  /** The VAPID public key browsers subscribe with. */
  readonly publicKey: string;
  send(target: PushTarget, payload: AlertPayload): Promise<PushOutcome>;
}

/** Messages wait a day at most in the push service: an alert older than that is stale news. */
const PUSH_TTL_SECONDS = 86_400;

export function webPushService(keys: VapidKeys, now: () => Date, fetcher: typeof fetch = fetch): PushService {
  return {
    publicKey: keys.publicKey,
    async send(target, payload) {
      const body = await encryptPushPayload(new Uint8Array(new TextEncoder().encode(JSON.stringify(payload))), { p256dh: target.p256dh, auth: target.auth });
      const response = await fetcher(target.endpoint, {
        method: 'POST',
        headers: {
          authorization: await vapidAuthorization(target.endpoint, keys, now()),
          'content-encoding': 'aes128gcm',
          'content-type': 'application/octet-stream',
          ttl: String(PUSH_TTL_SECONDS),
          urgency: 'normal',
        },
        body,
      });
      if (response.status === 404 || response.status === 410) return 'gone';
      return response.ok ? 'sent' : 'failed';
    },
  };
}

/**
 * A development public key (its private half was never kept) so that browsers can subscribe on a
 * local instance; what they would receive is recorded in D1 (push_outbox) instead of being sent.
 */
export const LOCAL_VAPID_PUBLIC_KEY = 'BIQnshIGwqbzoBZKlsmGQenPNILwn2L1RkT6glLd1xkz2PRgrHN95PY9VQl9R1cFTOLjPppO3_l_Hoi1ddU-vx8';

export function localPushService(db: D1Database, now: () => Date): PushService {
  return {
    publicKey: LOCAL_VAPID_PUBLIC_KEY,
    async send(target, payload) {
      // Lets tests and developers see the clean-up of expired subscriptions without a push service.
      if (new URL(target.endpoint).pathname.includes('/gone/')) return 'gone';
      await db
        .prepare('INSERT INTO push_outbox (tenant_id, endpoint, payload, created_at) VALUES (?1, ?2, ?3, ?4)')
        .bind(target.tenantId, target.endpoint, JSON.stringify(payload), now().toISOString())
        .run();
      return 'sent';
    },
  };
}

/** The private key is a secret (`wrangler secret put VAPID_PRIVATE_KEY`): absent from the generated vars. */
type PushEnv = AppEnv['Bindings'] & { VAPID_PRIVATE_KEY?: string };

let replacement: PushService | null = null;

/** Tests swap the push service here (a real one with a fake fetch); nothing else calls it. */
export function replacePushService(service: PushService | null): void {
  replacement = service;
}

/** The real service when the deployment has its VAPID keys; outside development, without them, no push. */
export function pushServiceFor(env: PushEnv, now: () => Date): PushService | null {
  if (replacement) return replacement;
  if (env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY) {
    return webPushService({ publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY, subject: env.VAPID_SUBJECT || 'mailto:no-reply@vitrine.example' }, now);
  }
  return isDevelopment(env) ? localPushService(env.DB, now) : null;
}
