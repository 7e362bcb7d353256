import type { Context } from 'hono';

/**
 * Runs work after the answer has gone, kept alive by the runtime (waitUntil). Requests that
 * might mail someone answer before looking anything up: a known address and an unknown one take
 * the same path and the same time, and a slow mail provider holds nobody's request.
 */
export function afterResponse(c: Context, what: string, task: () => Promise<unknown>): void {
  keepAlive(c.executionCtx, what, task);
}

/** Runs `task` beside the answer or the Cron run; `what` names it in the log when it fails. */
export type BackgroundRunner = (ctx: Pick<ExecutionContext, 'waitUntil'>, what: string, task: () => Promise<unknown>) => void;

export const keepAlive: BackgroundRunner = (ctx, what, task) => {
  ctx.waitUntil(
    task().catch((error: unknown) => {
      console.error(`${what} failed after the answer was sent`, error);
    }),
  );
};
