export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts writes under a key (an IP, a tenant) and says whether one more is allowed now. */
export interface RateLimiter {
  hit(key: string): Promise<RateLimitResult>;
}

/**
 * The Workers Rate Limiting binding: counters shared by every location of a Cloudflare colo,
 * with the limit and period set in wrangler.toml. It does not say when the window ends, so the
 * answer asks to wait one whole period.
 */
export function bindingRateLimiter(binding: RateLimit, periodSeconds: number): RateLimiter {
  return {
    async hit(key) {
      const { success } = await binding.limit({ key });
      return success ? { allowed: true } : { allowed: false, retryAfterSeconds: periodSeconds };
    },
  };
}

/** Fixed windows in this isolate's memory: for a local instance without the binding, and tests. */
export function memoryRateLimiter(options: { limit: number; periodSeconds: number; now?: () => number }): RateLimiter {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  const periodMs = options.periodSeconds * 1000;
  return {
    async hit(key) {
      const at = now();
      let window = windows.get(key);
      if (!window || at - window.start >= periodMs) {
        window = { start: at, count: 0 };
        windows.set(key, window);
      }
      if (window.count >= options.limit) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + periodMs - at) / 1000)) };
      }
      window.count++;
      return { allowed: true };
    },
  };
}

/**
 * Each kind of write spends its own budget, so a flood of one kind cannot starve another.
 * Anonymous writes that add rows count per client address and per tenant (a flood from many
 * addresses); writes that need a secret (a link token, a session, a campaign answer token) count
 * per address only: a flood of guesses gets nothing, and cannot lock out those who hold one.
 */
export const WRITE_BUDGETS = {
  registration: { tenantWide: true },
  link_request: { tenantWide: true },
  alert: { tenantWide: true },
  report: { tenantWide: true },
  // Each lookup may call the public directory, which allows a few requests a second per client.
  siret_lookup: { tenantWide: true },
  staff_link: { tenantWide: false },
  staff_sign_in: { tenantWide: false },
  self_service: { tenantWide: false },
  crisis_answer: { tenantWide: false },
  alert_confirmation: { tenantWide: false },
} as const satisfies Record<string, { tenantWide: boolean }>;
export type WriteBudget = keyof typeof WRITE_BUDGETS;

/** Writes are limited per client address, and for some budgets per tenant too. */
export type WriteLimits = { perIp: RateLimiter; perTenant: RateLimiter };

export async function checkWriteLimits(limits: WriteLimits, budget: WriteBudget, ip: string, tenantId: number): Promise<RateLimitResult> {
  const byIp = await limits.perIp.hit(`${budget}:ip:${ip}`);
  if (!byIp.allowed || !WRITE_BUDGETS[budget].tenantWide) return byIp;
  return limits.perTenant.hit(`${budget}:tenant:${tenantId}`);
}
