import { useEffect, useState } from 'react';
import type { PublicTenant } from '#schema/tenant.ts';
import { api, call } from '../api.ts';
import { useCrisisTranslation } from './i18n.ts';

type Link = { kind: 'confirm' | 'unsubscribe'; token: string };

function fromFragment(): Link | null {
  const match = /^#(confirm|unsubscribe)=([A-Za-z0-9_-]+)$/.exec(window.location.hash);
  return match ? { kind: match[1] as Link['kind'], token: match[2]! } : null;
}

/** Where the alert emails' links land: confirming the opt-in, or unsubscribing, from the link alone. */
export default function AlertsPage({ tenant }: { tenant: PublicTenant }) {
  const { t, ready } = useCrisisTranslation();
  const [state, setState] = useState<'working' | 'done' | 'invalid'>('working');
  const [link] = useState(fromFragment);

  useEffect(() => {
    if (!link) return setState('invalid');
    history.replaceState(null, '', window.location.pathname);
    const input = { json: { token: link.token } };
    const sent = link.kind === 'confirm' ? call(api.api.v1.alerts.confirmations.$post, input) : call(api.api.v1.alerts.unsubscriptions.$post, input);
    sent.then(() => setState('done'), () => setState('invalid'));
  }, [link]);

  if (!ready) return null;
  const message = state === 'working' ? t('alerts.confirming') : state === 'invalid' ? t('alerts.invalid') : t(link?.kind === 'confirm' ? 'alerts.confirmed' : 'alerts.unsubscribed');
  return (
    <main className="crisis-answer">
      <h1>{tenant.name}</h1>
      <p role={state === 'invalid' ? 'alert' : 'status'}>{message}</p>
      <p><a href="/">{tenant.name}</a></p>
    </main>
  );
}
