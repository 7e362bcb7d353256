import type { Context } from 'hono';

/**
 * Runs work after the answer has gone, kept alive by the runtime (waitUntil). Requests that
 * might mail someone answer before looking anything up: a known address and an unknown one take
 * the same path and the same time, and a slow mail provider holds nobody's request.
 */
export function afterResponse(c: Context, what: string, task: () => Promise<unknown>): void {
  c.executionCtx.waitUntil(
    task().catch((error: unknown) => {
      console.error(`${what} failed after the answer was sent`, error);
    }),
  );
}
