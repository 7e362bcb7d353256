import { useCallback, useEffect, useState } from 'react';
import type { CrisisInput } from '#schema/crisis.ts';
import { useCrisisTranslation } from '../../crisis/i18n.ts';
import { CampaignPanel, unsent } from './CampaignPanel.tsx';
import { CrisisForm } from './CrisisForm.tsx';
import { crisisApi, type CrisisOverview } from './crisis-api.ts';
import { messageOf } from '#schema/errors.ts';

/** Live answers: the overview is read again every few seconds while the page is open. */
const REFRESH_MS = 5_000;
/** Faster while the campaign is sending, so that its progress moves as the emails go. */
const SENDING_REFRESH_MS = 1_500;

export default function CrisisPage() {
  const { t, i18n, ready } = useCrisisTranslation();
  const [overview, setOverview] = useState<CrisisOverview | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const reload = useCallback(() => crisisApi.overview().then(setOverview), []);

  const campaign = overview?.campaign ?? null;
  const sending = campaign !== null && campaign.pausedAt === null && unsent(campaign) > 0;
  useEffect(() => {
    void reload();
    const timer = setInterval(() => void reload(), sending ? SENDING_REFRESH_MS : REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload, sending]);

  const act = (action: () => Promise<unknown>) => async () => {
    try {
      await action();
      setMessage({ ok: true, text: t('console.done') });
    } catch (error) {
      setMessage({ ok: false, text: messageOf(error) });
    }
    await reload();
  };

  if (!ready || !overview) return <p role="status">…</p>;
  const { active } = overview;
  return (
    <div className="crisis-console">
      <p>{active ? t('console.active', { date: new Date(active.startedAt).toLocaleDateString(i18n.language) }) : t('console.inactive')}</p>
      <CrisisForm key={active?.id ?? 'new'} active={active} onSave={(input: CrisisInput) => act(() => crisisApi.save(input))()} />
      {active ? <div className="crisis-actions"><button type="button" onClick={() => void act(crisisApi.end)()}>{t('console.turnOff')}</button></div> : null}
      {active ? (
        <CampaignPanel
          campaign={overview.campaign}
          audience={crisisApi.audience}
          onStart={() => void act(crisisApi.startCampaign)()}
          onPause={() => void act(crisisApi.pauseCampaign)()}
          onResume={() => void act(crisisApi.resumeCampaign)()}
        />
      ) : null}
      {message ? <p role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
    </div>
  );
}
