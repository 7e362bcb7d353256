import { TURNSTILE_TOKEN_MAX_LENGTH } from '#schema/registration.ts';

export const SITEVERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';
/** Per attempt: two attempts keep a registration waiting at most about 6 s on a hanging Cloudflare. */
export const SITEVERIFY_TIMEOUT_MS = 3000;

/** Cloudflare's documented dummy keys: they never reach a real challenge. */
export const TEST_SITE_KEY = '1x00000000000000000000AA';
export const TEST_SECRET_KEYS = {
  pass: '1x0000000000000000000000000000000AA',
  fail: '2x0000000000000000000000000000000AA',
  spent: '3x0000000000000000000000000000000AA',
} as const;

export type TurnstileExpectation = { token: string; remoteIp: string | null; action: string; hostname: string };

/** `spent`: the token was already verified once, or is too old; the user must redo the check. */
export type TurnstileOutcome = { ok: true } | { ok: false; reason: 'missing' | 'invalid' | 'spent' | 'mismatch' | 'unavailable' };

/**
 * What a registration gets when siteverify cannot be reached: `refuse`, a 503 to retry later;
 * `review`, accepted but held unpublished for the CCI to check by hand.
 */
export type TurnstileUnavailablePolicy = 'refuse' | 'review';

export interface TurnstileVerifier {
  verify(expectation: TurnstileExpectation): Promise<TurnstileOutcome>;
}

type SiteverifyAnswer = { success?: boolean; 'error-codes'?: string[]; hostname?: string; action?: string };

function checkToken(token: string): TurnstileOutcome | null {
  if (token.length === 0) return { ok: false, reason: 'missing' };
  if (token.length > TURNSTILE_TOKEN_MAX_LENGTH) return { ok: false, reason: 'invalid' };
  return null;
}

/**
 * Server-side validation with Cloudflare. A token is valid once: siteverify answers
 * `timeout-or-duplicate` the second time. The idempotency key makes our own retry after a
 * network failure or a timeout count as the same verification, not as a replay.
 */
export function siteverifyTurnstile(secret: string, fetcher: typeof fetch = fetch, timeoutMs = SITEVERIFY_TIMEOUT_MS): TurnstileVerifier {
  return {
    async verify(expectation) {
      const early = checkToken(expectation.token);
      if (early) return early;
      const form = new FormData();
      form.set('secret', secret);
      form.set('response', expectation.token);
      if (expectation.remoteIp) form.set('remoteip', expectation.remoteIp);
      form.set('idempotency_key', crypto.randomUUID());
      let answer: SiteverifyAnswer | null = null;
      for (let attempt = 0; attempt < 2 && answer === null; attempt++) {
        try {
          const response = await fetcher(SITEVERIFY_URL, { method: 'POST', body: form, signal: AbortSignal.timeout(timeoutMs) });
          if (response.ok) answer = await response.json<SiteverifyAnswer>();
        } catch {
          // Network failure or timeout: retried once with the same idempotency key; then the check
          // answers `unavailable`, which the deployment's policy turns into a refusal or a review.
        }
      }
      if (answer === null) return { ok: false, reason: 'unavailable' };
      if (!answer.success) return { ok: false, reason: answer['error-codes']?.includes('timeout-or-duplicate') ? 'spent' : 'invalid' };
      if (answer.hostname !== expectation.hostname || answer.action !== expectation.action) return { ok: false, reason: 'mismatch' };
      return { ok: true };
    },
  };
}

/**
 * Cloudflare's dummy secret keys, answered offline so that development and end-to-end tests run
 * without the network: the pass key accepts any token, the fail key none, the spent key answers
 * as for a replayed token.
 */
export function dummyKeyTurnstile(secret: string): TurnstileVerifier {
  return {
    async verify(expectation) {
      const early = checkToken(expectation.token);
      if (early) return early;
      if (secret === TEST_SECRET_KEYS.pass) return { ok: true };
      if (secret === TEST_SECRET_KEYS.spent) return { ok: false, reason: 'spent' };
      return { ok: false, reason: 'invalid' };
    },
  };
}

export function isDummySecret(secret: string): boolean {
  return (Object.values(TEST_SECRET_KEYS) as string[]).includes(secret);
}
