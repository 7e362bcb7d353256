import '../forms/zod-jitless.ts';
import { useState, type FormEvent } from 'react';
import { SERVICES, type Service } from '#schema/categories.ts';
import { CAMPAIGN_ANSWERS, type CampaignAnswer, type CampaignAnswerKind } from '#schema/crisis-campaign.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { api, call } from '../api.ts';
import { useCrisisTranslation } from './i18n.ts';
import './crisis.css';
import { messageOf } from '#schema/errors.ts';

function fromFragment(): { token: string; answer: CampaignAnswerKind } | null {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const token = params.get('token');
  const answer = params.get('answer') as CampaignAnswerKind | null;
  return token && answer && CAMPAIGN_ANSWERS.includes(answer) ? { token, answer } : null;
}

/**
 * The page the campaign email's links open: the answer is already chosen, one tap confirms it.
 * Confirming here rather than on opening the link keeps mail scanners from answering.
 */
export default function AnswerPage({ tenant }: { tenant: PublicTenant }) {
  const { t, ready } = useCrisisTranslation();
  const [link] = useState(fromFragment);
  const [services, setServices] = useState<Service[]>([]);
  const [until, setUntil] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  if (!ready) return null;
  if (!link) return <p role="alert">{t('answer.invalid')}</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body: CampaignAnswer =
      link!.answer === 'open' ? { token: link!.token, answer: 'open' }
      : link!.answer === 'services_only' ? { token: link!.token, answer: 'services_only', services }
      : { token: link!.token, answer: 'closed_until', until };
    try {
      await call(api.api.v1.crisis.answers.$post, { json: body });
      setOutcome({ ok: true, message: t('answer.saved') });
    } catch (error) {
      setOutcome({ ok: false, message: messageOf(error) });
    }
  }

  return (
    <main className="crisis-answer">
      <h1>{tenant.name}</h1>
      <form onSubmit={(e) => void submit(e)}>
        <h2>{t('answer.title')} : {t(`answer.${link.answer}`)}</h2>
        {link.answer === 'services_only' ? (
          <fieldset>
            <legend>{t('answer.servicesLegend')}</legend>
            {SERVICES.map((service) => (
              <label key={service} className="crisis-answer-choice">
                <input
                  type="checkbox"
                  checked={services.includes(service)}
                  onChange={(e) => setServices(e.target.checked ? [...services, service] : services.filter((s) => s !== service))}
                />
                {t(`service.${service}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
        {link.answer === 'closed_until' ? (
          <label className="crisis-answer-field">
            {t('answer.until')}
            <input type="date" required value={until} onChange={(e) => setUntil(e.target.value)} />
          </label>
        ) : null}
        <button type="submit" disabled={outcome?.ok === true}>{t('answer.confirm')}</button>
      </form>
      {outcome ? <p role={outcome.ok ? 'status' : 'alert'}>{outcome.message}</p> : null}
    </main>
  );
}
