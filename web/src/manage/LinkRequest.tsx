import { useRef, useState } from 'react';
import { useFocusFirstError } from '../forms/focus-first-error.ts';
import { TextField } from '../register/fields.tsx';
import { useRegisterTranslation } from '../register/i18n.ts';
import { ApiRequestError } from '../api.ts';
import { apiMessage } from '#schema/messages.ts';
import { LinkRequestSchema } from '#schema/registration.ts';
import { currentLanguage } from '../register/i18n.ts';
import { requestLink } from './manage-api.ts';
import { messageOf } from '#schema/errors.ts';

/** No session: ask for a new private link by email. */
export function LinkRequest({ problem }: { problem: string | null }) {
  const { t } = useRegisterTranslation();
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[] | undefined>();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);
  const submit = async () => {
    // The schema the API checks with, checked here first: a mistyped address is told at once, offline too.
    const parsed = LinkRequestSchema.safeParse({ email });
    if (!parsed.success) return setErrors(parsed.error.issues.map((issue) => apiMessage(issue.message, currentLanguage())));
    setErrors(undefined);
    try {
      setMessage((await requestLink(email)).message);
    } catch (error) {
      setErrors((error instanceof ApiRequestError ? error.fields.email : undefined) ?? [messageOf(error)]);
    }
  };
  return (
    <section className="outcome" aria-labelledby="link-title">
      <h2 id="link-title">{t('manage.needLink')}</h2>
      {problem ? <p className="form-problem" role="alert">{problem}</p> : null}
      <p>{t('manage.needLinkHint')}</p>
      <form ref={form} noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }} className="register-main">
        <TextField id="link-email" type="email" autoComplete="email" label={t('contact.email')} value={email} onChange={setEmail} errors={errors} />
        <button type="submit" className="primary">{t('manage.sendLink')}</button>
      </form>
      {/* There before the message, so screen readers announce it when it comes (RGAA 7.5). */}
      <p role="status" className="visually-hidden-when-empty">{message ?? ''}</p>
    </section>
  );
}
