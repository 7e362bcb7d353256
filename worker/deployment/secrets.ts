import type { AppEnv } from '../env.ts';
import { isDummySecret, TEST_SITE_KEY } from '../services/turnstile.ts';
import { isDevelopment } from './environment.ts';

/** Secrets are set with `wrangler secret put`, so they are not in the generated Env type. */
export type Secrets = { TURNSTILE_SECRET_KEY?: string; FORM_SIGNING_KEY?: string; MAIL_API_KEY?: string; VAPID_PRIVATE_KEY?: string };
export type DeploymentEnv = AppEnv['Bindings'] & Secrets;

/** Signs registration forms on local instances only: it is in the repository, so it signs nothing real. */
export const LOCAL_FORM_SIGNING_KEY = 'vitrine-local-form-signing-key';
/** An HMAC key shorter than this is guessable offline from one signed form token. */
const FORM_SIGNING_KEY_MIN_LENGTH = 32;

/**
 * What keeps this deployment from serving safely, by setting: a secret missing, or still the
 * value the repository uses locally. Empty for a development instance, which uses local values.
 */
export function deploymentProblems(env: DeploymentEnv): Record<string, string> {
  if (isDevelopment(env)) return {};
  const problems: Record<string, string> = {};
  const turnstileSecret = env.TURNSTILE_SECRET_KEY ?? '';
  if (!turnstileSecret) problems.TURNSTILE_SECRET_KEY = 'not set';
  else if (isDummySecret(turnstileSecret)) problems.TURNSTILE_SECRET_KEY = 'a Turnstile test key';
  if (!env.TURNSTILE_SITE_KEY) problems.TURNSTILE_SITE_KEY = 'not set';
  else if (env.TURNSTILE_SITE_KEY === TEST_SITE_KEY) problems.TURNSTILE_SITE_KEY = 'a Turnstile test key';
  const signingKey = env.FORM_SIGNING_KEY ?? '';
  if (!signingKey) problems.FORM_SIGNING_KEY = 'not set';
  else if (signingKey === LOCAL_FORM_SIGNING_KEY) problems.FORM_SIGNING_KEY = 'the development value';
  else if (signingKey.length < FORM_SIGNING_KEY_MIN_LENGTH) problems.FORM_SIGNING_KEY = `shorter than ${FORM_SIGNING_KEY_MIN_LENGTH} characters`;
  if (!env.MAIL_API_URL) problems.MAIL_API_URL = 'not set';
  if (!env.MAIL_API_KEY) problems.MAIL_API_KEY = 'not set';
  if (env.VAPID_PUBLIC_KEY && !env.VAPID_PRIVATE_KEY) problems.VAPID_PRIVATE_KEY = 'not set although VAPID_PUBLIC_KEY is';
  return problems;
}
