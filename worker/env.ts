import type { Language } from '#schema/tenant.ts';
import type { Tenant } from './db/tenants.ts';

export type AppEnv = {
  Bindings: Env;
  Variables: {
    tenant: Tenant;
    language: Language;
  };
};
