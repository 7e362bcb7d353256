import { Hono } from 'hono';
import { z } from 'zod';
import { networkCells, networkTenants } from '../../db/console-network.ts';
import { requirePermission, requireStaff } from '../../middleware/staff-session.ts';
import { validate } from '../../validation.ts';
import type { AppEnv } from '../../env.ts';
import { documented } from '../../openapi/describe.ts';

/** Levels coarse enough for a map of France: a few hundred cells at most. */
const CellsQuery = z.object({ level: z.coerce.number().pipe(z.union([z.literal(4), z.literal(6), z.literal(8)])).default(6) });

/** The operator's national view: read-only, across every tenant, aggregates only. */
export const networkRoutes = new Hono<AppEnv>()
  .use(requireStaff, requirePermission('network'))
  .get('/tenants', documented({ summary: 'Every tenant (network operator)', tag: 'Console', access: 'staff' }), async (c) => c.json({ tenants: await networkTenants(c.env.DB) }))
  .get('/cells', documented({ summary: 'National map aggregates (network operator)', tag: 'Console', access: 'staff' }), validate('query', CellsQuery), async (c) => c.json({ cells: await networkCells(c.env.DB, c.req.valid('query').level) }));
