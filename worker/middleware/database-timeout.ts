import { createMiddleware } from 'hono/factory';
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

/** Every wrapped statement remembers its original: D1's batch accepts only its own objects. */
const originalOf = new WeakMap<object, D1PreparedStatement>();

function timedStatement(statement: D1PreparedStatement, ms: number): D1PreparedStatement {
  const timed = new Proxy(statement, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (property === 'bind') return (...args: unknown[]) => timedStatement(target.bind(...args), ms);
      if (property === 'first' || property === 'all' || property === 'run' || property === 'raw') {
        return (...args: unknown[]) => withTimeout((value as (...a: unknown[]) => Promise<unknown>).apply(target, args), ms);
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
  originalOf.set(timed, statement);
  return timed;
}

/**
 * A database that answers within `ms` or fails: a request waiting on a stuck query holds a
 * connection and a user; better a quick 503 they can retry.
 */
export function timedDatabase(db: D1Database, ms: number): D1Database {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'prepare') return (sql: string) => timedStatement(target.prepare(sql), ms);
      if (property === 'batch') {
        return (statements: D1PreparedStatement[]) => withTimeout(target.batch(statements.map((s) => originalOf.get(s) ?? s)), ms);
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export const databaseTimeout = createMiddleware<AppEnv>(async (c, next) => {
  const ms = Number(c.env.DB_TIMEOUT_MS ?? DEFAULT_DATABASE_TIMEOUT_MS) || DEFAULT_DATABASE_TIMEOUT_MS;
  c.env = { ...c.env, DB: timedDatabase(c.env.DB, ms) };
  await next();
});
