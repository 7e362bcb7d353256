import { Hono } from 'hono';
import { STATS_DAYS } from '#schema/console/stats.ts';
import { auditEntries } from '../../db/audit.ts';
import { tenantStats } from '../../db/stats.ts';
import { servicesFor } from '../../services/index.ts';
import { requirePermission, requireStaff } from '../../middleware/staff-session.ts';
import type { AppEnv } from '../../env.ts';
import { documented } from '../../openapi/describe.ts';

export const statsRoutes = new Hono<AppEnv>()
  .use(requireStaff, requirePermission('stats'))
  .get('/', documented({ summary: 'Statistics', tag: 'Console', access: 'staff' }), async (c) => c.json(await tenantStats(c.env.DB, c.get('tenant').id, STATS_DAYS, servicesFor(c.env).now())));

export const auditRoutes = new Hono<AppEnv>()
  .use(requireStaff, requirePermission('audit'))
  .get('/', documented({ summary: 'Audit log', tag: 'Console', access: 'staff' }), async (c) => {
    const before = Number(c.req.query('before') ?? Number.MAX_SAFE_INTEGER);
    return c.json({ entries: await auditEntries(c.env.DB, c.get('tenant').id, 100, Number.isFinite(before) ? before : Number.MAX_SAFE_INTEGER) });
  });
