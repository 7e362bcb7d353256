import { useTranslation } from 'react-i18next';
import { SERVICES } from '#schema/categories.ts';
import { Choices, TextField } from './fields.tsx';
import { useRegisterTranslation } from './i18n.ts';
import type { StepProps } from './step-props.ts';

const STATUSES = ['open', 'adapted', 'temporarily_closed'] as const;

export function ServicesStep({ values, set, errors }: StepProps) {
  const { t } = useRegisterTranslation();
  return (
    <>
      <ServiceChoices id="services" legend={t('services.legend')} selected={values.services} onChange={(services) => set({ services })} errors={errors.services} />
      <Choices id="status" legend={t('services.status')} errors={errors.status}>
        {STATUSES.map((status) => (
          <label key={status} className="choice">
            <input type="radio" name="status" value={status} checked={values.status === status} onChange={() => set({ status })} />
            {t(`services.statuses.${status}`)}
          </label>
        ))}
      </Choices>
      {values.status === 'temporarily_closed' ? (
        <TextField id="statusUntil" type="date" label={t('services.until')} hint={t('optional')} value={values.statusUntil} onChange={(statusUntil) => set({ statusUntil })} errors={errors.statusUntil} />
      ) : null}
    </>
  );
}

export function ServiceChoices(props: { id: string; legend: string; selected: string[]; onChange: (services: string[]) => void; errors?: string[] | undefined }) {
  const { t: common } = useTranslation();
  const toggle = (service: string, on: boolean) => props.onChange(on ? [...props.selected, service] : props.selected.filter((s) => s !== service));
  return (
    <Choices id={props.id} legend={props.legend} errors={props.errors}>
      {SERVICES.map((service) => (
        <label key={service} className="choice">
          <input type="checkbox" name={`${props.id}-${service}`} checked={props.selected.includes(service)} onChange={(event) => toggle(service, event.target.checked)} />
          {common(`service.${service}`, { defaultValue: service })}
        </label>
      ))}
    </Choices>
  );
}
