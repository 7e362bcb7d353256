import type { CampaignProgress } from '#schema/crisis-campaign.ts';
import { useCrisisTranslation } from '../../crisis/i18n.ts';

type Props = { campaign: CampaignProgress | null; onStart: () => void; onNextChunk: () => void };

/** The campaign's live state: counts, then one row per business with its answer. */
export function CampaignPanel({ campaign, onStart, onNextChunk }: Props) {
  const { t } = useCrisisTranslation();
  return (
    <section aria-labelledby="campaign-heading">
      <h2 id="campaign-heading">{t('console.campaign')}</h2>
      {campaign === null ? (
        <button type="button" onClick={onStart}>{t('console.startCampaign')}</button>
      ) : (
        <>
          <p role="status">{t('console.counts', { ...campaign.counts, total: campaign.total })}</p>
          {campaign.counts.pending + campaign.counts.failed > 0 ? <button type="button" onClick={onNextChunk}>{t('console.nextChunk')}</button> : null}
          <table>
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
