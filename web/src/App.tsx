import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { messageOf } from '#schema/errors.ts';
import type { HeldTenant } from '#schema/tenant-answer.ts';
import { initI18n, pickLanguage, savedLanguage } from './i18n/index.ts';
import { loadTenant } from './load-tenant.ts';
import { TenantPage } from './TenantPage.tsx';
import { crisisPageFor } from './crisis/pages.ts';
import { AccessibilityFooter } from './accessibility/AccessibilityFooter.tsx';
import { isAppPath, isConsolePath, PAGE_PATHS } from '#schema/app-paths.ts';

// The shopkeeper's pages and the statement load only when opened: residents on the map never download them.
const RegisterPage = lazy(() => import('./register/RegisterPage.tsx'));
const ManagePage = lazy(() => import('./manage/ManagePage.tsx'));
const StatementPage = lazy(() => import('./accessibility/StatementPage.tsx'));
const NotFoundPage = lazy(() => import('./not-found/NotFoundPage.tsx'));
const PAGES_BY_PATH: Record<string, ComponentType<{ tenant: HeldTenant }>> = { [PAGE_PATHS.register]: RegisterPage, [PAGE_PATHS.manage]: ManagePage, [PAGE_PATHS.statement]: StatementPage };

type Loaded = { state: 'loading' } | { state: 'ready'; tenant: HeldTenant; offlineSince: string | null } | { state: 'error'; message: string };

// The CCI console is its own chunk, with its own translations: residents never download it.
const ConsoleApp = lazy(() => import('./console/ConsoleApp.tsx'));

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
      await initI18n(pickLanguage(tenant.defaultLanguage, navigator.languages, savedLanguage(), new URLSearchParams(window.location.search).get('lang')));
      if (!cancelled) setLoaded({ state: 'ready', tenant, offlineSince });
    })().catch((error: unknown) => {
      if (!cancelled) setLoaded({ state: 'error', message: messageOf(error) });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  // Before translations load, French is the only honest default: it is the tenant's language.
  if (loaded.state === 'loading') return <p className="app-status" role="status">Chargement…</p>;
  if (loaded.state === 'error') return <p className="app-status" role="alert">{loaded.message}</p>;
  return (
    <>
      <ResidentPage tenant={loaded.tenant} offlineSince={loaded.offlineSince} />
      <AccessibilityFooter tenant={loaded.tenant} />
    </>
  );
}

/** The page the path asks for: crisis answers, shopkeeper pages, the statement, the map, else "not found". */
function ResidentPage({ tenant, offlineSince }: { tenant: HeldTenant; offlineSince: string | null }) {
  const CrisisPage = crisisPageFor(window.location.pathname);
  if (CrisisPage) {
    return (
      <Suspense fallback={<p className="app-status" role="status">Chargement…</p>}>
        <CrisisPage tenant={tenant} />
      </Suspense>
    );
  }
  const PathPage = PAGES_BY_PATH[window.location.pathname] ?? (isAppPath(window.location.pathname) ? null : NotFoundPage);
  if (PathPage) {
    return (
      <Suspense fallback={<p className="app-status" role="status">Chargement…</p>}>
        <PathPage tenant={tenant} />
      </Suspense>
    );
  }
  return <TenantPage tenant={tenant} offlineSince={offlineSince} />;
}
