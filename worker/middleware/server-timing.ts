import { createMiddleware } from 'hono/factory';
import { formatServerTiming, type RequestCost } from '#schema/server-timing.ts';
import { wrapDatabase } from '../db/wrapped-database.ts';
import type { AppEnv } from '../env.ts';

/** The cost of a request so far: every D1 call made through `c.env.DB` adds to it. */
export function meteredDatabase(db: D1Database, cost: RequestCost): D1Database {
  return wrapDatabase(db, async (statements, call, results) => {
    const started = performance.now();
    try {
      const value = await call();
      for (const result of results(value)) cost.rowsRead += result.meta?.rows_read ?? 0;
      return value;
    } finally {
      cost.statements += statements;
      cost.roundTrips += 1;
      cost.d1Ms += performance.now() - started;
    }
  });
}

/**
 * Every answer says in `Server-Timing` how many D1 statements and round trips it cost, the rows
 * they read, and whether it came from the edge cache: what a visitor waits for, readable in the
 * browser's developer tools and by the tests. Statements run after the answer (usage counters,
 * through waitUntil) are not in it.
 */
export const serverTiming = createMiddleware<AppEnv>(async (c, next) => {
  const cost: RequestCost = { cache: null, statements: 0, roundTrips: 0, rowsRead: 0, d1Ms: 0 };
  c.set('cost', cost);
  c.env = { ...c.env, DB: meteredDatabase(c.env.DB, cost) };
  await next();
  const header = formatServerTiming(cost);
  try {
    c.res.headers.append('server-timing', header);
  } catch {
    // Answers passed through from a binding (static assets) have immutable headers.
    c.res = new Response(c.res.body, c.res);
    c.res.headers.append('server-timing', header);
  }
});
