import { withWebScheme } from '#schema/registration.ts';
import { TextField } from './fields.tsx';
import { useRegisterTranslation } from './i18n.ts';
import type { StepProps } from './step-props.ts';

/** The website is completed with https:// when the field is left, so the person sees what will be saved. */
export function ContactStep({ values, set, errors }: StepProps) {
  const { t } = useRegisterTranslation();
  return (
    <>
      <TextField id="email" type="email" label={t('contact.email')} hint={t('contact.emailHint')} autoComplete="email" required value={values.email} onChange={(email) => set({ email })} errors={errors.email} />
      <TextField id="phone" type="tel" label={t('contact.phone')} hint={t('optional')} autoComplete="tel" value={values.phone} onChange={(phone) => set({ phone })} errors={errors.phone} />
      <TextField id="website" type="url" label={t('contact.website')} hint={t('contact.websiteHint')} autoComplete="url" value={values.website} onChange={(website) => set({ website })} onBlur={() => set({ website: withWebScheme(values.website) })} errors={errors.website} />
    </>
  );
}
