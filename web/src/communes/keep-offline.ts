import type { PublicTenant } from '#schema/tenant.ts';
import { whenIdle } from '../when-idle.ts';
import { loadTenantCommunes } from './load.ts';

/**
 * Once the page is idle and online, loads the territory's files so that the service worker
 * keeps them: the address search then falls back to the communes even if the network goes
 * before anyone searched. Only under a service worker, which alone can keep them.
 */
export function keepCommunesForOffline(tenant: Pick<PublicTenant, 'territory'>): void {
  if (!navigator.onLine || !navigator.serviceWorker?.controller) return;
  whenIdle(() => void loadTenantCommunes(tenant).catch(() => undefined), 2000);
}
