import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';

/**
 * A staff member's or a shopkeeper's answers are theirs alone: no shared cache, proxy or
 * back-forward cache may keep a copy, errors included.
 */
export const privateAnswers = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'private, no-store');
});
