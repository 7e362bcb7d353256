import { Hono } from 'hono';
import { withCrisis } from '../db/crisis.ts';
import type { AppEnv } from '../env.ts';
import { servicesFor } from '../services/index.ts';

export const tenantRoutes = new Hono<AppEnv>().get('/', async (c) => c.json(await withCrisis(c.env.DB, c.get('tenant'), servicesFor(c.env).now())));
