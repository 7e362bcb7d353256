import type { HeldTenant } from '#schema/tenant-answer.ts';
import { api, call } from './api.ts';
import { saveTenant, savedTenant } from './offline/saved-data.ts';

export type LoadedTenant = { tenant: HeldTenant; offlineSince: string | null };

/** The tenant from the API, or, when the network is gone, as it was last seen on this host. */
export async function loadTenant(): Promise<LoadedTenant> {
  const host = window.location.host;
  try {
    const tenant = await call(api.api.v1.tenant.$get);
    saveTenant(host, tenant);
    return { tenant, offlineSince: null };
  } catch (error) {
    const saved = error instanceof TypeError ? savedTenant(host) : null;
    if (!saved) throw error;
    return { tenant: saved.value, offlineSince: saved.savedAt };
  }
}
