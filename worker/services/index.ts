import { isDevelopment } from '../deployment/environment.ts';
import { LOCAL_FORM_SIGNING_KEY, type DeploymentEnv, type Secrets } from '../deployment/secrets.ts';
import { keepAlive, type BackgroundRunner } from './after-response.ts';
import { httpCompanyDirectory, localCompanyDirectory, type CompanyDirectory } from './company-directory.ts';
import { DEMO_DIRECTORY } from './company-directory-fixtures.ts';
import { dohTxtResolver, type TxtResolver } from './dns-txt.ts';
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
  dns: TxtResolver;
  /** Work that outlives the request (a campaign sent after its start is answered). */
  background: BackgroundRunner;
  companyDirectory: CompanyDirectory;
  now: () => Date;
};

type ServiceEnv = DeploymentEnv;

const RATE_PERIOD_SECONDS = 60;

/**
 * Outside development a missing secret is an error, never a local default. The deployment check
 * (deployment/refuse-misconfigured.ts) refuses such a deployment before any route runs; this is
 * the last line, for code reached without it.
 */
function required(env: ServiceEnv, name: keyof Secrets, localDefault: string): string {
  const value = env[name];
  if (value) return value;
  if (!isDevelopment(env)) throw new Error(`${name} is not set for this deployment`);
  return localDefault;
}

function turnstileFor(env: ServiceEnv): TurnstileVerifier {
  const secret = required(env, 'TURNSTILE_SECRET_KEY', TEST_SECRET_KEYS.pass);
  if (isDummySecret(secret)) {
    if (!isDevelopment(env)) throw new Error('Turnstile dummy secret keys are for development only');
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
  if (!isDevelopment(env)) throw new Error('MAIL_API_URL and MAIL_API_KEY are not set for this deployment');
  return outboxMailer(env.DB, now);
}

const DEFAULT_DIRECTORY_TIMEOUT_MS = 2500;

/** A local instance answers from the demo fixtures: development and tests never call out. */
function companyDirectoryFor(env: ServiceEnv): CompanyDirectory {
  if (isDevelopment(env)) return localCompanyDirectory(DEMO_DIRECTORY);
  const timeoutMs = Number(env.COMPANY_DIRECTORY_TIMEOUT_MS) || DEFAULT_DIRECTORY_TIMEOUT_MS;
  return httpCompanyDirectory({ endpoint: env.COMPANY_DIRECTORY_URL, timeoutMs });
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

/**
 * Each service is built when first read: a route that only needs the clock never touches the
 * secrets, so a missing one cannot turn a public read into a 500.
 */
export function servicesFor(env: ServiceEnv): Services {
  const now = replacements.now ?? (() => new Date());
  return {
    now,
    get turnstile() {
      return replacements.turnstile ?? turnstileFor(env);
    },
    get turnstileSiteKey() {
      return replacements.turnstileSiteKey ?? (env.TURNSTILE_SITE_KEY || (isDevelopment(env) ? TEST_SITE_KEY : ''));
    },
    get turnstileUnavailable() {
      return replacements.turnstileUnavailable ?? turnstileUnavailableFor(env);
    },
    get writeLimits() {
      return replacements.writeLimits ?? limitsFor(env);
    },
    get mailer() {
      return replacements.mailer ?? mailerFor(env, now);
    },
    get formSigningKey() {
      return replacements.formSigningKey ?? required(env, 'FORM_SIGNING_KEY', LOCAL_FORM_SIGNING_KEY);
    },
    get dns() {
      return replacements.dns ?? dohTxtResolver();
    },
    get background() {
      return replacements.background ?? keepAlive;
    },
    get companyDirectory() {
      return replacements.companyDirectory ?? companyDirectoryFor(env);
    },
  };
}
