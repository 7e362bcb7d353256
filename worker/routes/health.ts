import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { documented } from '../openapi/describe.ts';

export const healthRoutes = new Hono<AppEnv>().get('/', documented({ summary: 'Service and database health', tag: 'Operations', access: 'public' }), async (c) => {
  const database = await c.env.DB.prepare('SELECT 1 AS ok').first<{ ok: number }>();
  return c.json({ status: 'ok' as const, database: database?.ok === 1 ? ('ok' as const) : ('error' as const) });
});
