import type { AppEnv } from '../env.ts';
import { outboxMailer, httpMailer, type Mailer } from './mailer.ts';
import { bindingRateLimiter, memoryRateLimiter, type WriteLimits } from './rate-limit.ts';
import {
  dummyKeyTurnstile, isDummySecret, siteverifyTurnstile, TEST_SECRET_KEYS, TEST_SITE_KEY, type TurnstileUnavailablePolicy, type TurnstileVerifier,
} from './turnstile.ts';

/** The outside world, behind interfaces: each has a real implementation and a local one. */
export type Services = {
  turnstile: TurnstileVerifier;
  turnstileSiteKey: string;
  turnstileUnavailable: TurnstileUnavailablePolicy;
  writeLimits: WriteLimits;
  mailer: Mailer;
  formSigningKey: string;
  now: () => Date;
};

/** Secrets are set with `wrangler secret put`, so they are not in the generated Env type. */
type Secrets = { TURNSTILE_SECRET_KEY?: string; FORM_SIGNING_KEY?: string; MAIL_API_KEY?: string };
type ServiceEnv = AppEnv['Bindings'] & Secrets;

const RATE_PERIOD_SECONDS = 60;
const LOCAL_FORM_SIGNING_KEY = 'vitrine-local-form-signing-key';

function isProduction(env: ServiceEnv): boolean {
  return (env.ENVIRONMENT as string) === 'production';
}

/** Production fails closed: a missing secret refuses every request instead of skipping a check. */
function required(env: ServiceEnv, name: keyof Secrets, localDefault: string): string {
  const value = env[name];
  if (value) return value;
  if (isProduction(env)) throw new Error(`${name} is not set for this deployment`);
  return localDefault;
}

function turnstileFor(env: ServiceEnv): TurnstileVerifier {
  const secret = required(env, 'TURNSTILE_SECRET_KEY', TEST_SECRET_KEYS.pass);
  if (isDummySecret(secret)) {
    if (isProduction(env)) throw new Error('Turnstile dummy secret keys must never be used in production');
    return dummyKeyTurnstile(secret);
  }
  return siteverifyTurnstile(secret);
}

/** Only an exact "review" holds registrations for review: unset, a typo or anything else refuses. */
function turnstileUnavailableFor(env: ServiceEnv): TurnstileUnavailablePolicy {
  return (env.TURNSTILE_UNAVAILABLE as string | undefined) === 'review' ? 'review' : 'refuse';
}

function mailerFor(env: ServiceEnv, now: () => Date): Mailer {
  if (env.MAIL_API_URL && env.MAIL_API_KEY) return httpMailer({ endpoint: env.MAIL_API_URL, apiKey: env.MAIL_API_KEY, from: env.MAIL_FROM });
  if (isProduction(env)) throw new Error('MAIL_API_URL and MAIL_API_KEY are not set for this deployment');
  return outboxMailer(env.DB, now);
}

/** Without the binding (a plain local run), a per-isolate window keeps the same limits. */
const localLimits: WriteLimits = {
  perIp: memoryRateLimiter({ limit: 10, periodSeconds: RATE_PERIOD_SECONDS }),
  perTenant: memoryRateLimiter({ limit: 300, periodSeconds: RATE_PERIOD_SECONDS }),
};

function limitsFor(env: ServiceEnv): WriteLimits {
  if (!env.WRITE_IP_LIMIT || !env.WRITE_TENANT_LIMIT) return localLimits;
  return {
    perIp: bindingRateLimiter(env.WRITE_IP_LIMIT, RATE_PERIOD_SECONDS),
    perTenant: bindingRateLimiter(env.WRITE_TENANT_LIMIT, RATE_PERIOD_SECONDS),
  };
}

let replacements: Partial<Services> = {};

/** Tests swap in fakes here (no network, a controlled clock); nothing else calls it. */
export function replaceServices(partial: Partial<Services>): void {
  replacements = { ...replacements, ...partial };
}

export function restoreServices(): void {
  replacements = {};
}

export function servicesFor(env: ServiceEnv): Services {
  const now = replacements.now ?? (() => new Date());
  return {
    now,
    turnstile: replacements.turnstile ?? turnstileFor(env),
    turnstileSiteKey: replacements.turnstileSiteKey ?? (env.TURNSTILE_SITE_KEY || TEST_SITE_KEY),
    turnstileUnavailable: replacements.turnstileUnavailable ?? turnstileUnavailableFor(env),
    writeLimits: replacements.writeLimits ?? limitsFor(env),
    mailer: replacements.mailer ?? mailerFor(env, now),
    formSigningKey: replacements.formSigningKey ?? required(env, 'FORM_SIGNING_KEY', LOCAL_FORM_SIGNING_KEY),
  };
}
