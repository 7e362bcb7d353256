import { Hono } from 'hono';
import { toPublicTenant } from '../db/tenants.ts';
import type { AppEnv } from '../env.ts';

export const tenantRoutes = new Hono<AppEnv>().get('/', (c) => c.json(toPublicTenant(c.get('tenant'))));
