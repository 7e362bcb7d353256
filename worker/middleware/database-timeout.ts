import { createMiddleware } from 'hono/factory';
import { wrapDatabase } from '../db/wrapped-database.ts';
import type { AppEnv } from '../env.ts';

export const DEFAULT_DATABASE_TIMEOUT_MS = 8000;

export class DatabaseTimeoutError extends Error {
  constructor(ms: number) {
    // Worded like D1's own message so the error handler answers 503 for both.
    super(`D1_ERROR: storage operation exceeded timeout (${ms} ms)`);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseTimeoutError(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A database that answers within `ms` or fails: a request waiting on a stuck query holds a
 * connection and a user; better a quick 503 they can retry.
 */
export function timedDatabase(db: D1Database, ms: number): D1Database {
  return wrapDatabase(db, (_statements, call) => withTimeout(call(), ms));
}

export const databaseTimeout = createMiddleware<AppEnv>(async (c, next) => {
  const ms = Number(c.env.DB_TIMEOUT_MS ?? DEFAULT_DATABASE_TIMEOUT_MS) || DEFAULT_DATABASE_TIMEOUT_MS;
  c.env = { ...c.env, DB: timedDatabase(c.env.DB, ms) };
  await next();
});
