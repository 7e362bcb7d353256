import type { RequestCost } from '#schema/server-timing.ts';
import type { Language } from '#schema/tenant.ts';
import type { Tenant } from './db/tenants.ts';

export type AppEnv = {
  Bindings: Env;
  Variables: {
    tenant: Tenant;
    language: Language;
    /** What the request costs in D1 and whether the edge cache answered, for Server-Timing. */
    cost: RequestCost;
    /** The visitor wrote within the cache's age: their reads pass the edge cache (d1-session.ts). */
    readsOwnWrites: boolean;
  };
};
