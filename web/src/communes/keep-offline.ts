import type { PublicTenant } from '#schema/tenant.ts';
import { loadTenantCommunes } from './load.ts';

/**
 * Once the page is idle and online, loads the territory's files so that the service worker
 * keeps them: the address search then falls back to the communes even if the network goes
 * before anyone searched. Only under a service worker, which alone can keep them.
 */
export function keepCommunesForOffline(tenant: Pick<PublicTenant, 'territory'>): void {
  if (!navigator.onLine || !navigator.serviceWorker?.controller) return;
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 2000));
  whenIdle(() => void loadTenantCommunes(tenant).catch(() => undefined));
}
