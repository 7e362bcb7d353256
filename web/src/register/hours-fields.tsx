import { FieldError } from './fields.tsx';
import type { DayHours } from './hours-text.ts';
import { useRegisterTranslation } from './i18n.ts';

type DayInputProps = { id: string; type: 'time' | 'date'; label: string; context: string; value: string; onChange: (value: string) => void; errors?: string[] | undefined };

/** A time or date input named with its day or period ("Lundi : De"), its errors read with it. */
export function DayInput({ id, type, label, context, value, onChange, errors }: DayInputProps) {
  const invalid = Boolean(errors?.length);
  return (
    <div className="day-input">
      <label htmlFor={id} className="time-field">
        <span>{label}</span>
        <input
          id={id}
          type={type}
          value={value}
          aria-label={`${context} : ${label}`}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(event) => onChange(event.target.value)}
          required
        />
      </label>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

type DayRangesProps = { id: string; name: string; day: DayHours; onChange: (patch: Partial<DayHours>) => void; errorsOf?: (field: 'start' | 'end' | 'start2' | 'end2') => string[] | undefined };

/** A day's opening: from, to, and an optional second range after a lunch break. */
export function DayRanges({ id, name, day, onChange, errorsOf = () => undefined }: DayRangesProps) {
  const { t } = useRegisterTranslation();
  return (
    <div className="day-ranges">
      <DayInput id={`${id}-start`} type="time" label={t('hours.from')} context={name} value={day.start} onChange={(start) => onChange({ start })} errors={errorsOf('start')} />
      <DayInput id={`${id}-end`} type="time" label={t('hours.to')} context={name} value={day.end} onChange={(end) => onChange({ end })} errors={errorsOf('end')} />
      <label className="choice">
        <input type="checkbox" checked={day.lunchBreak} onChange={(event) => onChange({ lunchBreak: event.target.checked })} />
        {t('hours.lunchBreak')}
      </label>
      {day.lunchBreak ? (
        <>
          <DayInput id={`${id}-start2`} type="time" label={t('hours.reopens')} context={name} value={day.start2} onChange={(start2) => onChange({ start2 })} errors={errorsOf('start2')} />
          <DayInput id={`${id}-end2`} type="time" label={t('hours.to')} context={name} value={day.end2} onChange={(end2) => onChange({ end2 })} errors={errorsOf('end2')} />
        </>
      ) : null}
    </div>
  );
}
