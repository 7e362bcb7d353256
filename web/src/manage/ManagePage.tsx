import '../forms/zod-jitless.ts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnListing, StatusChange } from '#schema/self-service.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { useRegisterTranslation } from '../register/i18n.ts';
import { ShopkeeperLayout } from '../register/ShopkeeperLayout.tsx';
import { EditListing } from './EditListing.tsx';
import { FollowerCount } from './FollowerCount.tsx';
import { LinkRequest } from './LinkRequest.tsx';
import { changeStatus, confirmListing, eraseListing, loadOwnListing, openSession, signOut } from './manage-api.ts';
import { QuickActions } from './QuickActions.tsx';
import { takeLinkToken } from './token-from-link.ts';
import '../register/register.css';
import { intlLocale } from '#schema/intl-locale.ts';
import { messageOf } from '#schema/errors.ts';

type State = { kind: 'loading' } | { kind: 'signed-out'; problem: string | null } | { kind: 'ready'; listing: OwnListing } | { kind: 'erased' };

/** The shopkeeper's page, opened by the private link: one-tap status, edits, confirmation, erasure. */
export default function ManagePage({ tenant }: { tenant: PublicTenant }) {
  const { t, ready } = useRegisterTranslation();
  const { t: common, i18n } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [message, setMessage] = useState('');
  const [confirmingErase, setConfirmingErase] = useState(false);
  const started = useRef(false);

  const reload = async () => {
    try {
      setState({ kind: 'ready', listing: await loadOwnListing() });
    } catch {
      setState({ kind: 'signed-out', problem: null });
    }
  };

  useEffect(() => {
    document.title = `${t('manage.title')} — ${tenant.name}`;
  }, [t, tenant.name]);
  useEffect(() => {
    // Strict mode runs effects twice; a link token can be exchanged only once.
    if (started.current) return;
    started.current = true;
    const token = takeLinkToken();
    void (async () => {
      if (token) {
        try {
          await openSession(token);
        } catch (error) {
          return setState({ kind: 'signed-out', problem: messageOf(error) });
        }
      }
      await reload();
    })();
  }, []);

  /** Whether it went through; the page says so, either way. */
  const succeeded = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      setMessage(done);
      return true;
    } catch {
      setMessage(t('manage.failed'));
      return false;
    }
  };
  const act = async (run: () => Promise<unknown>, done: string) => {
    await succeeded(run, done);
    await reload();
  };
  const onStatus = (change: StatusChange) => void act(() => changeStatus(change), t('manage.saved'));
  const onSignOut = async () => {
    if (await succeeded(signOut, t('manage.signedOut'))) setState({ kind: 'signed-out', problem: null });
  };

  if (!ready) return <p className="app-status" role="status">…</p>;
  return (
    <ShopkeeperLayout tenant={tenant} title={t('manage.title')}>
        <p className="visually-hidden-when-empty" role="status">{message}</p>
        {state.kind === 'loading' ? <p role="status">…</p> : null}
        {state.kind === 'signed-out' ? <LinkRequest problem={state.problem} /> : null}
        {state.kind === 'erased' ? <p>{t('manage.erased')}</p> : null}
        {state.kind === 'ready' ? (
          <>
            <section aria-labelledby="listing-title">
              <h2 id="listing-title">{state.listing.name}</h2>
              <p>
                <span data-testid="own-status">{common(`status.${state.listing.status}`)}</span>
                {state.listing.statusUntil ? ` — ${t('manage.until', { date: new Date(`${state.listing.statusUntil}T12:00:00`).toLocaleDateString(intlLocale(i18n.language)) })}` : null}
              </p>
              <p>
                {t('manage.confirmedOn', { date: new Date(state.listing.lastConfirmedAt).toLocaleDateString(intlLocale(i18n.language)) })}{' '}
                {state.listing.stale ? <span className="badge-stale">{t('manage.stale')}</span> : null}
              </p>
              {!state.listing.published ? <p>{t('manage.pendingReview')}</p> : null}
              <FollowerCount listingId={state.listing.id} />
              <button type="button" onClick={() => void act(confirmListing, t('manage.confirmed'))}>{t('manage.stillCorrect')}</button>
            </section>
            <QuickActions key={state.listing.lastConfirmedAt} listing={state.listing} tenant={tenant} onChange={onStatus} />
            <EditListing key={`edit-${state.listing.lastConfirmedAt}`} listing={state.listing} tenant={tenant} onSaved={(done) => { setMessage(done); void reload(); }} />
            <section aria-labelledby="session-title" className="manage-actions">
              <h2 id="session-title">{t('manage.signOut')}</h2>
              <p>{t('manage.signOutHint')}</p>
              <div><button type="button" onClick={() => void onSignOut()}>{t('manage.signOut')}</button></div>
            </section>
            <section aria-labelledby="erase-title" className="manage-actions">
              <h2 id="erase-title">{t('manage.eraseTitle')}</h2>
              <p>{t('manage.eraseHint')}</p>
              {confirmingErase ? (
                <div>
                  <button type="button" onClick={() => void eraseListing().then(() => setState({ kind: 'erased' }), () => undefined)}>{t('manage.eraseYes')}</button>
                  <button type="button" onClick={() => setConfirmingErase(false)}>{t('manage.cancel')}</button>
                </div>
              ) : (
                <div><button type="button" onClick={() => setConfirmingErase(true)}>{t('manage.erase')}</button></div>
              )}
            </section>
          </>
        ) : null}
    </ShopkeeperLayout>
  );
}
