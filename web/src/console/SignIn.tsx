import { useRef, useState, type FormEvent } from 'react';
import { useFocusFirstError } from '../forms/focus-first-error.ts';
import { useTranslation } from 'react-i18next';
import { SignInRequestSchema } from '#schema/console/auth.ts';
import { apiMessage } from '#schema/messages.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { AccessibilityFooter } from '../accessibility/AccessibilityFooter.tsx';
import { ActionStatus } from './ActionStatus.tsx';
import { consoleApi } from './console-api.ts';
import { call } from '../api.ts';
import { asLanguage } from '../i18n/language.ts';
import { Field } from './Field.tsx';
import { useAction } from './use-action.ts';

export function SignIn({ tenant, linkError }: { tenant: PublicTenant; linkError: boolean }) {
  const { t, i18n } = useTranslation('console');
  const [email, setEmail] = useState('');
  const [localError, setLocalError] = useState<string[] | undefined>();
  const action = useAction();
  const form = useRef<HTMLFormElement>(null);
  const emailErrors = localError ?? action.fields.email;
  useFocusFirstError(form, emailErrors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = SignInRequestSchema.safeParse({ email });
    if (!parsed.success) return setLocalError([apiMessage('console.email', asLanguage(i18n.language))]);
    setLocalError(undefined);
    await action.run(() => call(consoleApi.session.link.$post, { json: parsed.data }), t('signIn.sent'));
  }

  return (
    <>
    <main className="console-signin" style={{ ['--brand' as string]: tenant.colours.primary, ['--on-brand' as string]: tenant.colours.onPrimary }}>
      <h1>{t('signIn.title', { name: tenant.name })}</h1>
      {linkError ? <p className="console-error" role="alert">{apiMessage('console.link_invalid', asLanguage(i18n.language))}</p> : null}
      <p>{t('signIn.intro')}</p>
      <form ref={form} onSubmit={submit} noValidate>
        <Field label={t('signIn.email')} errors={emailErrors}>
          <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <button type="submit" disabled={action.busy}>{t('signIn.send')}</button>
        <ActionStatus state={action} />
      </form>
    </main>
    <AccessibilityFooter tenant={tenant} />
    </>
  );
}
