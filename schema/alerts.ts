import { z } from 'zod';
import { EMAIL_MAX_LENGTH } from './registration.ts';
import { LanguageSchema } from './tenant.ts';

const TokenSchema = z.string({ error: 'alerts.link_invalid' }).regex(/^[A-Za-z0-9_-]{22,100}$/, 'alerts.link_invalid');

export const EmailAlertRequestSchema = z.object({
  email: z.string({ error: 'registration.email' }).trim().toLowerCase().max(EMAIL_MAX_LENGTH, 'registration.email').pipe(z.email('registration.email')),
  language: LanguageSchema.default('fr'),
});

/** A browser's PushSubscription.toJSON(), as the push service gave it. */
export const PushSubscriptionSchema = z.object({
  endpoint: z.url({ protocol: /^https$/, error: 'alerts.push_invalid' }).max(1000, 'alerts.push_invalid'),
  keys: z.object({
    p256dh: z.string().regex(/^[A-Za-z0-9_-]{80,100}$/, 'alerts.push_invalid'),
    auth: z.string().regex(/^[A-Za-z0-9_-]{16,30}$/, 'alerts.push_invalid'),
  }),
  language: LanguageSchema.default('fr'),
});

export const AlertTokenSchema = z.object({ token: TokenSchema });

/** What a Web Push message carries: enough for a notification that opens the listing. */
export type AlertPayload = { title: string; body: string; url: string; listingId: string; kind: 'reopened' | 'hours_changed' };
