import { useEffect, useState } from 'react';
import type { PublicTenant } from '#schema/tenant.ts';
import { api, readJson } from './api.ts';
import { initI18n, pickLanguage, savedLanguage } from './i18n/index.ts';
import { TenantPage } from './TenantPage.tsx';

type Loaded = { state: 'loading' } | { state: 'ready'; tenant: PublicTenant } | { state: 'error'; message: string };

export function App() {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const tenant = await readJson<PublicTenant>(await api.api.v1.tenant.$get());
      await initI18n(pickLanguage(tenant.defaultLanguage, navigator.languages, savedLanguage()));
      if (!cancelled) setLoaded({ state: 'ready', tenant });
    })().catch((error: unknown) => {
      if (!cancelled) setLoaded({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  // Before translations load, French is the only honest default: it is the tenant's language.
  if (loaded.state === 'loading') return <p className="app-status" role="status">Chargement…</p>;
  if (loaded.state === 'error') return <p className="app-status" role="alert">{loaded.message}</p>;
  return <TenantPage tenant={loaded.tenant} />;
}
