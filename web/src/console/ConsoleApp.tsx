import '../forms/zod-jitless.ts';
import './console.css';
import { useCallback, useEffect, useState } from 'react';
import type { ConsoleMe } from '#schema/console/auth.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { api, ApiRequestError, call } from '../api.ts';
import { initI18n, loadConsoleTranslations, pickLanguage, savedLanguage } from '../i18n/index.ts';
import { consoleApi } from './console-api.ts';
import { ConsoleShell } from './ConsoleShell.tsx';
import { SignIn } from './SignIn.tsx';
import { useSessionEnd } from './use-session-end.ts';
import { messageOf } from '#schema/errors.ts';

type State =
  | { step: 'loading' }
  | { step: 'signed-out'; tenant: PublicTenant; linkError: boolean }
  | { step: 'signed-in'; tenant: PublicTenant; me: ConsoleMe }
  | { step: 'error'; message: string };

/** The sign-in link carries its token in the fragment; it is traded for a session, then forgotten. */
function takeLinkToken(): string | null {
  const token = /^#token=([A-Za-z0-9_-]+)$/.exec(window.location.hash)?.[1] ?? null;
  if (token) history.replaceState(null, '', window.location.pathname);
  return token;
}

async function currentStaff(): Promise<ConsoleMe | null> {
  try {
    return await call(consoleApi.session.$get);
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

export default function ConsoleApp() {
  const [state, setState] = useState<State>({ step: 'loading' });

  // A link pasted into the tab that shows the sign-in form changes only the fragment: start over.
  useEffect(() => {
    const onHashChange = () => {
      if (window.location.hash.startsWith('#token=')) window.location.reload();
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  useSessionEnd(
    useCallback(() => setState((current) => (current.step === 'signed-in' ? { step: 'signed-out', tenant: current.tenant, linkError: false } : current)), []),
  );

  useEffect(() => {
    (async () => {
      const tenant = await call(api.api.v1.tenant.$get);
      await initI18n(pickLanguage(tenant.defaultLanguage, navigator.languages, savedLanguage()));
      await loadConsoleTranslations();
      document.title = `Console — ${tenant.name}`;
      const token = takeLinkToken();
      let linkError = false;
      if (token) {
        try {
          const me = await call(consoleApi.session.$post, { json: { token } });
          return setState({ step: 'signed-in', tenant, me });
        } catch {
          linkError = true;
        }
      }
      const me = await currentStaff();
      setState(me ? { step: 'signed-in', tenant, me } : { step: 'signed-out', tenant, linkError });
    })().catch((error: unknown) => setState({ step: 'error', message: messageOf(error) }));
  }, []);

  if (state.step === 'loading') return <p className="app-status" role="status">Chargement…</p>;
  if (state.step === 'error') return <p className="app-status" role="alert">{state.message}</p>;
  if (state.step === 'signed-out') return <SignIn tenant={state.tenant} linkError={state.linkError} />;
  return <ConsoleShell tenant={state.tenant} me={state.me} onSignedOut={() => setState({ step: 'signed-out', tenant: state.tenant, linkError: false })} />;
}
