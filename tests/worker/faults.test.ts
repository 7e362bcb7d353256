import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../worker/index.ts';
import { timedDatabase } from '../../worker/middleware/database-timeout.ts';
import { TENANT_A, insertTenants } from './support.ts';

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_A });
});

type ErrorBody = { error: { code: string; message: string } };

/** A D1 binding whose every query fails the way an unreachable database does. */
function failingDatabase(message: string): D1Database {
  const fail = () => Promise.reject(new Error(message));
  const statement = { bind: () => statement, first: fail, all: fail, run: fail, raw: fail };
  return { prepare: () => statement, batch: fail, exec: fail, dump: fail, withSession: () => ({ prepare: () => statement, batch: fail, getBookmark: () => null }) } as unknown as D1Database;
}

/** A D1 binding that never answers. */
function hangingDatabase(): D1Database {
  const never = () => new Promise<never>(() => {});
  const statement = { bind: () => statement, first: never, all: never, run: never, raw: never };
  return { prepare: () => statement, batch: never, exec: never, withSession: () => ({ prepare: () => statement, batch: never, getBookmark: () => null }) } as unknown as D1Database;
}

async function fetchWith(database: D1Database, path: string, extraEnv: Record<string, string> = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(`http://tenant-a.localhost${path}`, { headers: { 'accept-language': 'fr' } }), { ...env, ...extraEnv, DB: database }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

describe('when the database fails', () => {
  it.each([
    ['D1_ERROR: Network connection lost.'],
    ['D1_ERROR: database is locked: SQLITE_BUSY'],
  ])('answers 503 with Retry-After and a clear message (%s), never internals', async (message) => {
    const response = await fetchWith(failingDatabase(message), '/api/v1/listings?bbox=5,43,6,44');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    const body = await response.json<ErrorBody>();
    expect(body.error).toEqual({ code: 'unavailable', message: 'Le service est momentanément indisponible. Réessayez dans quelques secondes.' });
    expect(JSON.stringify(body)).not.toMatch(/D1|SQLITE|Network/);
  });

  it('answers 503 when the database does not answer in time', async () => {
    const started = Date.now();
    const response = await fetchWith(hangingDatabase(), '/api/v1/tenant', { DB_TIMEOUT_MS: '200' });
    expect(response.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('answers 500 without internals for any other error', async () => {
    const response = await fetchWith(failingDatabase('TypeError: cannot read properties of undefined (secret detail)'), '/api/v1/tenant');
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('secret detail');
  });
});

describe('timedDatabase', () => {
  it('still runs real queries and batches, bound or not', async () => {
    const db = timedDatabase(env.DB, 5000);
    expect(await db.prepare('SELECT ?1 AS n').bind(7).first<{ n: number }>()).toEqual({ n: 7 });
    const [one, two] = await db.batch<{ n: number }>([db.prepare('SELECT 1 AS n'), db.prepare('SELECT ?1 AS n').bind(2)]);
    expect([one?.results[0]?.n, two?.results[0]?.n]).toEqual([1, 2]);
  });
});
