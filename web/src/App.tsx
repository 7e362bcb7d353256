import { lazy, Suspense, useEffect, useState } from 'react';
import type { PublicTenant } from '#schema/tenant.ts';
import { initI18n, pickLanguage, savedLanguage } from './i18n/index.ts';
import { loadTenant } from './load-tenant.ts';
import { TenantPage } from './TenantPage.tsx';
import { crisisPageFor } from './crisis/pages.ts';

// The shopkeeper's pages load only when opened: residents never download them.
const RegisterPage = lazy(() => import('./register/RegisterPage.tsx'));
const ManagePage = lazy(() => import('./manage/ManagePage.tsx'));
const SHOPKEEPER_PAGES: Record<string, typeof RegisterPage> = { '/inscription': RegisterPage, '/ma-fiche': ManagePage };

type Loaded = { state: 'loading' } | { state: 'ready'; tenant: PublicTenant; offlineSince: string | null } | { state: 'error'; message: string };

// The CCI console is its own chunk, with its own translations: residents never download it.
const ConsoleApp = lazy(() => import('./console/ConsoleApp.tsx'));

const isConsolePath = (pathname: string) => pathname === '/console' || pathname.startsWith('/console/');

export function App() {
  return isConsolePath(window.location.pathname) ? (
    <Suspense fallback={<p className="app-status" role="status">Chargement…</p>}>
      <ConsoleApp />
    </Suspense>
  ) : (
    <ResidentApp />
  );
}

function ResidentApp() {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const { tenant, offlineSince } = await loadTenant();
      await initI18n(pickLanguage(tenant.defaultLanguage, navigator.languages, savedLanguage()));
      if (!cancelled) setLoaded({ state: 'ready', tenant, offlineSince });
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
  const CrisisPage = crisisPageFor(window.location.pathname);
  if (CrisisPage) {
    return (
      <Suspense fallback={<p className="app-status" role="status">Chargement…</p>}>
        <CrisisPage tenant={loaded.tenant} />
      </Suspense>
    );
  }
  const ShopkeeperPage = SHOPKEEPER_PAGES[window.location.pathname];
  if (ShopkeeperPage) {
    return (
      <Suspense fallback={<p className="app-status" role="status">Chargement…</p>}>
        <ShopkeeperPage tenant={loaded.tenant} />
      </Suspense>
    );
  }
  return <TenantPage tenant={loaded.tenant} offlineSince={loaded.offlineSince} />;
}
