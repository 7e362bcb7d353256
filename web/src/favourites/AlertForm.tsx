import { useState, type FormEvent } from 'react';
import { api, call } from '../api.ts';
import { useCrisisTranslation } from '../crisis/i18n.ts';
import { asLanguage } from '../i18n/language.ts';
import { subscribeToPush, pushSupported } from './push-subscription.ts';
import { messageOf } from '#schema/errors.ts';

/** "Tell me when it reopens / changes": by email (double opt-in) and, where supported, by push. */
export function AlertForm({ listingId, name }: { listingId: string; name: string }) {
  const { t, i18n } = useCrisisTranslation();
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const language = asLanguage(i18n.language);
  const routes = api.api.v1.alerts.listings[':id'];

  async function byEmail(event: FormEvent) {
    event.preventDefault();
    try {
      await call(routes.email.$post, { param: { id: listingId }, json: { email, language } });
      setMessage({ ok: true, text: t('places.pending') });
    } catch (error) {
      setMessage({ ok: false, text: messageOf(error) });
    }
  }

  async function byPush() {
    try {
      const subscription = await subscribeToPush();
      await call(routes.push.$post, { param: { id: listingId }, json: { ...subscription, language } });
      setMessage({ ok: true, text: t('places.pushOn') });
    } catch (error) {
      setMessage({ ok: false, text: messageOf(error) });
    }
  }

  return (
    <form className="alert-form" onSubmit={(e) => void byEmail(e)}>
      <fieldset>
        <legend>{t('places.notify', { name })}</legend>
        <label>
          {t('places.email')} <input type="email" required autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <button type="submit">{t('places.subscribe')}</button>
        {pushSupported() ? <button type="button" onClick={() => void byPush()}>{t('places.push')}</button> : null}
        <p className="hint">{t('places.privacy')}</p>
        {message ? <p role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
      </fieldset>
    </form>
  );
}
