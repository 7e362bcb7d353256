import { useRef, useState } from 'react';
import type { CampaignProgress } from '#schema/crisis-campaign.ts';
import { useCrisisTranslation } from '../../crisis/i18n.ts';

type Props = {
  campaign: CampaignProgress | null;
  /** How many businesses a campaign started now would mail, asked before the confirmation. */
  audience: () => Promise<number>;
  onStart: () => void;
  onPause: () => void;
  onResume: () => void;
};

/** Rows the background run has still to send: what the progress bar counts down. */
export function unsent(campaign: CampaignProgress): number {
  return campaign.counts.pending + campaign.counts.sending + campaign.counts.failed;
}

/** Confirmed once with its count, then followed live: the sending itself runs on the server. */
export function CampaignPanel({ campaign, audience, onStart, onPause, onResume }: Props) {
  const { t, i18n } = useCrisisTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [recipients, setRecipients] = useState<number | null>(null);

  async function askToConfirm() {
    setRecipients(await audience());
    dialog.current?.showModal();
  }

  function confirm() {
    dialog.current?.close();
    onStart();
  }

  return (
    <section aria-labelledby="campaign-heading" className="crisis-campaign">
      <h2 id="campaign-heading">{t('console.campaign')}</h2>
      {campaign === null ? (
        <>
          <button type="button" onClick={() => void askToConfirm()}>{t('console.startCampaign')}</button>
          <dialog ref={dialog} aria-labelledby="campaign-confirm-heading" className="crisis-dialog" onClose={() => setRecipients(null)}>
            <h3 id="campaign-confirm-heading">{t('console.confirmTitle')}</h3>
            <p>{t('console.confirmText', { count: recipients ?? 0 })}</p>
            <div className="crisis-actions">
              <button type="button" onClick={confirm} disabled={!recipients}>{t('console.confirmSend', { count: recipients ?? 0 })}</button>
              <button type="button" onClick={() => dialog.current?.close()}>{t('console.cancel')}</button>
            </div>
          </dialog>
        </>
      ) : (
        <>
          <div className="console-progress">
            <label htmlFor="campaign-progress">
              {t('console.progress', { done: campaign.total - unsent(campaign), total: campaign.total })}
              {campaign.pausedAt
                ? ` — ${t('console.pausedSince', { time: new Date(campaign.pausedAt).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }) })}`
                : unsent(campaign) === 0 ? ` — ${t('console.allSent')}` : ''}
            </label>
            <progress id="campaign-progress" max={campaign.total || 1} value={campaign.total - unsent(campaign)} />
          </div>
          <p>{t('console.counts', { ...campaign.counts, total: campaign.total })}</p>
          {unsent(campaign) > 0 ? (
            <div className="crisis-actions">
              {campaign.pausedAt
                ? <button type="button" onClick={onResume}>{t('console.resume')}</button>
                : <button type="button" onClick={onPause}>{t('console.pause')}</button>}
            </div>
          ) : null}
          <table className="console-table">
            <thead>
              <tr><th scope="col">{t('console.listing')}</th><th scope="col">{t('console.stateColumn')}</th><th scope="col">{t('console.answerColumn')}</th></tr>
            </thead>
            <tbody>
              {campaign.recipients.map((r) => (
                <tr key={r.listingId}>
                  <td>{r.name}</td>
                  <td>{t(`console.state.${r.state}`)}</td>
                  <td>{r.answer ? t(`console.answerKind.${r.answer}`) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
