import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { withWebScheme } from '#schema/registration.ts';
import { HoursSentences } from '../hours/HoursSentences.tsx';
import { toFields } from './form-model.ts';
import { currentLanguage, useRegisterTranslation } from './i18n.ts';
import type { StepProps } from './step-props.ts';

/** Everything typed, to check before sending; each line says which step changes it. */
export function ReviewStep({ values }: StepProps) {
  const { t } = useRegisterTranslation();
  const { t: common } = useTranslation();
  const fields = toFields(values);
  const rows: Array<[string, ReactNode]> = [
    [t('business.name'), fields.name],
    [t('business.siret'), fields.siret],
    [t('business.category'), fields.category ? common(`category.${fields.category}`) : '—'],
    [t('address.street'), `${fields.address}, ${fields.postcode} ${fields.commune}`],
    [t('contact.email'), fields.email],
    [t('contact.phone'), fields.phone ?? '—'],
    [t('contact.website'), fields.website ? withWebScheme(fields.website) : '—'],
    [t('hours.summary'), <HoursSentences openingHours={fields.openingHours} language={currentLanguage()} />],
    [t('services.legend'), fields.services.map((s) => common(`service.${s}`, { defaultValue: s })).join(', ') || '—'],
    [t('services.status'), t(`services.statuses.${fields.status}`) + (fields.statusUntil ? ` (${fields.statusUntil})` : '')],
  ];
  return (
    <dl className="review">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
