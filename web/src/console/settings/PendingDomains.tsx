import { useTranslation } from 'react-i18next';
import type { PendingDomain, TenantSettingsView } from '#schema/console/settings.ts';
import { ActionStatus } from '../ActionStatus.tsx';
import { consoleApi } from '../console-api.ts';
import { call } from '../../api.ts';
import { useAction } from '../use-action.ts';

/** Domains added but not served yet: the TXT record each needs, and a button to have it checked. */
export function PendingDomains({ pending, onVerified }: { pending: readonly PendingDomain[]; onVerified: (view: TenantSettingsView) => void }) {
  const { t } = useTranslation('console');
  const action = useAction();
  if (pending.length === 0) return null;
  const verify = async (host: string) => {
    const view = await action.run(() => call(consoleApi.settings.domains.verification.$post, { json: { host } }), t('settings.verified', { host }));
    if (view) onVerified(view);
  };
  return (
    <section className="console-pending-domains" aria-labelledby="pending-domains-title">
      <h3 id="pending-domains-title">{t('settings.pendingDomains')}</h3>
      <p>{t('settings.pendingHint')}</p>
      <ul>
        {pending.map((domain) => (
          <li key={domain.host}>
            <strong>{domain.host}</strong>
            <dl>
              <dt>{t('settings.recordName')}</dt>
              <dd><code>{domain.recordName}</code></dd>
              <dt>{t('settings.recordValue')}</dt>
              <dd><code>{domain.recordValue}</code></dd>
            </dl>
            <button type="button" disabled={action.busy} onClick={() => void verify(domain.host)}>{t('settings.verify', { host: domain.host })}</button>
          </li>
        ))}
      </ul>
      <ActionStatus state={action} />
    </section>
  );
}
