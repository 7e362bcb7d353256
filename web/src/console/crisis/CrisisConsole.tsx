import { useEffect, useState } from 'react';
import type { PublicTenant } from '#schema/tenant.ts';
import { useCrisisTranslation } from '../../crisis/i18n.ts';
import CrisisPage from './CrisisPage.tsx';
import { crisisApi } from './crisis-api.ts';

/**
 * The crisis screen on its own address (/console/crise): reachable from the console menu and from
 * a staff sign-in link, whose token (in the fragment) is traded for the session first.
 */
export default function CrisisConsole({ tenant }: { tenant: PublicTenant }) {
  const { t, ready } = useCrisisTranslation();
  const [signedIn, setSignedIn] = useState(false);
  useEffect(() => {
    const token = /^#token=([A-Za-z0-9_-]+)$/.exec(window.location.hash)?.[1];
    if (!token) return setSignedIn(true);
    history.replaceState(null, '', window.location.pathname);
    crisisApi.signIn(token).finally(() => setSignedIn(true));
  }, []);
  if (!ready || !signedIn) return <p role="status">…</p>;
  return (
    <main className="console-main">
      <p>{tenant.name}</p>
      <h1>{t('console.title')}</h1>
      <CrisisPage />
    </main>
  );
}
