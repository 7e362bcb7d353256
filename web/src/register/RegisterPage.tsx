import '../forms/zod-jitless.ts';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RegistrationForm } from '#schema/registration.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { AddressStep } from './AddressStep.tsx';
import { BusinessStep } from './BusinessStep.tsx';
import { ContactStep } from './ContactStep.tsx';
import { useDraft } from './draft.ts';
import { emptyForm, STEPS, stepOfField, validateFields, type FieldErrors, type FormValues } from './form-model.ts';
import { HoursStep } from './HoursStep.tsx';
import { currentLanguage, useRegisterTranslation } from './i18n.ts';
import { Outcome } from './Outcome.tsx';
import { ReviewStep } from './ReviewStep.tsx';
import { ServicesStep } from './ServicesStep.tsx';
import { ShopkeeperLayout } from './ShopkeeperLayout.tsx';
import type { StepProps } from './step-props.ts';
import { fetchForm, submitRegistration, type SubmitOutcome } from './submit.ts';
import { Turnstile } from './Turnstile.tsx';
import { useFocusFirstError } from '../forms/focus-first-error.ts';
import './register.css';

const STEP_COMPONENTS = { business: BusinessStep, address: AddressStep, contact: ContactStep, hours: HoursStep, services: ServicesStep, review: ReviewStep };

/** Where each field's error links to in the summary. */
const FIELD_TARGETS: Record<string, string> = { commune: 'commune-search', communeInsee: 'commune-search', position: 'address', openingHours: 'day-Mo-open', services: 'services-delivery', status: 'status' };

export default function RegisterPage({ tenant }: { tenant: PublicTenant }) {
  const { t, ready } = useRegisterTranslation();
  const [values, setValues, clearDraft] = useDraft<FormValues>(`vitrine.registration.${tenant.slug}`, emptyForm());
  // The step is kept with the draft: coming back, the person is where they left.
  const [{ step: savedStep }, setSavedStep, clearStep] = useDraft<{ step: number }>(`vitrine.registration.${tenant.slug}.step`, { step: 0 });
  const step = Number.isInteger(savedStep) ? Math.min(Math.max(savedStep, 0), STEPS.length - 1) : 0;
  const setStep = useCallback((next: number) => setSavedStep({ step: next }), [setSavedStep]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [form, setForm] = useState<RegistrationForm | null>(null);
  const [turnstileToken, setTurnstileToken] = useState('');
  const [widget, setWidget] = useState(0);
  const [nickname, setNickname] = useState('');
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<SubmitOutcome | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Each step is a screen of its own: its title says which (RGAA 8.6); the outcome has the page's.
  const stepTitle = outcome?.kind === 'registered' || outcome?.kind === 'duplicate' ? null : `${t(`steps.${STEPS[step]!.id}`)} (${t('progress', { step: step + 1, count: STEPS.length })})`;
  useEffect(() => {
    document.title = [stepTitle, t('title'), tenant.name].filter(Boolean).join(' — ');
  }, [stepTitle, t, tenant.name]);
  useEffect(() => {
    void fetchForm().then(setForm, () => setForm(null));
  }, []);
  // Focus follows the step, so a screen reader announces where the user now is.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step, outcome]);
  // Declared after the heading's focus: a refusal that also changes the step lands on the errors.
  useFocusFirstError(formRef, errors);

  const set = useCallback((patch: Partial<FormValues>) => setValues((previous) => ({ ...previous, ...patch })), [setValues]);
  const onToken = useCallback((token: string) => setTurnstileToken(token), []);

  if (!ready) return <p className="app-status" role="status">…</p>;
  const current = STEPS[step]!;
  const StepComponent = STEP_COMPONENTS[current.id];
  const props: StepProps = { values, set, errors, tenant };

  const next = () => {
    const found = validateFields(values, current.fields, currentLanguage());
    setErrors(found);
    if (Object.keys(found).length === 0) setStep(step + 1);
  };

  const send = async () => {
    const all = validateFields(values, STEPS.flatMap((s) => s.fields), currentLanguage());
    if (Object.keys(all).length > 0) {
      setErrors(all);
      setStep(stepOfField(Object.keys(all)[0]!));
      return;
    }
    setSending(true);
    try {
      const answer = await submitRegistration(values, { formToken: form?.formToken ?? '', turnstileToken, nickname });
      if (answer.kind === 'invalid') {
        setErrors(answer.errors);
        setStep(stepOfField(Object.keys(answer.errors)[0]!));
      } else {
        setOutcome(answer);
        if (answer.kind === 'registered') {
          clearDraft();
          clearStep();
        }
        if (answer.kind === 'refused' && answer.code === 'form_expired') void fetchForm().then(setForm);
      }
    } catch {
      setOutcome({ kind: 'refused', code: 'network', message: t('networkError') });
    } finally {
      setSending(false);
      // A Turnstile token serves once: every attempt gets a fresh widget.
      setTurnstileToken('');
      setWidget((n) => n + 1);
    }
  };

  const errorList = Object.entries(errors);
  return (
    <ShopkeeperLayout tenant={tenant} title={t('title')}>
        {outcome?.kind === 'registered' || outcome?.kind === 'duplicate' ? (
          <Outcome outcome={outcome} headingRef={heading} onBack={() => setOutcome(null)} />
        ) : (
          <form ref={formRef} noValidate onSubmit={(event) => { event.preventDefault(); if (current.id === 'review') void send(); else next(); }}>
            <p id="progress" className="progress">{t('progress', { step: step + 1, count: STEPS.length })}</p>
            <ol className="steps" aria-labelledby="progress">
              {STEPS.map((s, i) => (
                <li key={s.id} aria-current={i === step ? 'step' : undefined} className={i < step ? 'done' : undefined}>
                  {t(`steps.${s.id}`)}
                </li>
              ))}
            </ol>
            <h2 ref={heading} tabIndex={-1}>{t(`steps.${current.id}`)}</h2>
            {outcome?.kind === 'refused' ? <p className="form-problem" role="alert">{outcome.message}</p> : null}
            {errorList.length > 0 ? (
              <div id="error-summary" className="error-summary" role="alert" tabIndex={-1}>
                <p>{t('errorSummary', { count: errorList.length })}</p>
                <ul>
                  {errorList.map(([field, messages]) => (
                    <li key={field}><a href={`#${FIELD_TARGETS[field] ?? field}`}>{messages.join(' ')}</a></li>
                  ))}
                </ul>
              </div>
            ) : null}
            <StepComponent {...props} />
            {current.id === 'review' ? (
              <>
                <div className="hp" aria-hidden="true">
                  <label htmlFor="nickname">{t('honeypot')}</label>
                  <input id="nickname" name="nickname" tabIndex={-1} autoComplete="off" value={nickname} onChange={(event) => setNickname(event.target.value)} />
                </div>
                {form ? <Turnstile key={widget} siteKey={form.turnstileSiteKey} action="register" language={currentLanguage()} onToken={onToken} /> : null}
              </>
            ) : null}
            <div className="step-actions">
              {step > 0 ? (
                <button type="button" onClick={() => { setErrors({}); setStep(step - 1); }}>
                  {t('previous')}
                </button>
              ) : null}
              <button type="submit" className="primary" disabled={sending || (current.id === 'review' && (!form || !turnstileToken))}>
                {current.id === 'review' ? (sending ? t('sending') : t('send')) : t('next')}
              </button>
            </div>
            <p className="field-hint">{t('draftKept')}</p>
          </form>
        )}
    </ShopkeeperLayout>
  );
}
