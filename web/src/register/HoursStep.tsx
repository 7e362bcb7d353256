import { WEEKDAY_CODES } from '#schema/hours/index.ts';
import { FieldError } from './fields.tsx';
import { toOpeningHours, type DayHours } from './hours-text.ts';
import { useRegisterTranslation } from './i18n.ts';
import type { StepProps } from './step-props.ts';

/** Per day: open or closed, the hours, an optional lunch break; Monday can be copied to the week. */
export function HoursStep({ values, set, errors }: StepProps) {
  const { t } = useRegisterTranslation();
  const week = values.hours;
  const setDay = (index: number, patch: Partial<DayHours>) =>
    set({ hoursText: null, hours: { ...week, days: week.days.map((day, i) => (i === index ? { ...day, ...patch } : day)) } });
  const copyMonday = () => set({ hoursText: null, hours: { ...week, days: week.days.map(() => ({ ...week.days[0]! })) } });

  if (values.hoursText !== null) {
    return (
      <div className="field">
        <label htmlFor="hours-text">{t('hours.text')}</label>
        <p id="hours-text-hint" className="field-hint">{t('hours.textHint')}</p>
        <textarea id="hours-text" aria-describedby="hours-text-hint" value={values.hoursText} onChange={(event) => set({ hoursText: event.target.value })} rows={3} />
        <FieldError id="hours-error" errors={errors.openingHours} />
      </div>
    );
  }
  return (
    <>
      <p className="field-hint">{t('hours.intro')}</p>
      {week.days.map((day, index) => {
        const name = t(`hours.days.${WEEKDAY_CODES[index]}`);
        const id = `day-${WEEKDAY_CODES[index]}`;
        return (
          <fieldset key={id} className="day" aria-label={name}>
            <legend>{name}</legend>
            <label className="choice">
              <input type="checkbox" id={`${id}-open`} checked={day.open} onChange={(event) => setDay(index, { open: event.target.checked })} />
              {t('hours.open')}
            </label>
            {day.open ? (
              <div className="day-ranges">
                <TimeInput id={`${id}-start`} label={t('hours.from')} day={name} value={day.start} onChange={(start) => setDay(index, { start })} />
                <TimeInput id={`${id}-end`} label={t('hours.to')} day={name} value={day.end} onChange={(end) => setDay(index, { end })} />
                <label className="choice">
                  <input type="checkbox" checked={day.lunchBreak} onChange={(event) => setDay(index, { lunchBreak: event.target.checked })} />
                  {t('hours.lunchBreak')}
                </label>
                {day.lunchBreak ? (
                  <>
                    <TimeInput id={`${id}-start2`} label={t('hours.reopens')} day={name} value={day.start2} onChange={(start2) => setDay(index, { start2 })} />
                    <TimeInput id={`${id}-end2`} label={t('hours.to')} day={name} value={day.end2} onChange={(end2) => setDay(index, { end2 })} />
                  </>
                ) : null}
              </div>
            ) : null}
            {index === 0 ? (
              <button type="button" onClick={copyMonday}>
                {t('hours.copyMonday')}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <label className="choice">
        <input type="checkbox" checked={week.holidaysClosed} onChange={(event) => set({ hoursText: null, hours: { ...week, holidaysClosed: event.target.checked } })} />
        {t('hours.holidaysClosed')}
      </label>
      <p className="field-hint">
        {t('hours.summary')} <code>{toOpeningHours(week) || '—'}</code>
      </p>
      <FieldError id="hours-error" errors={errors.openingHours} />
    </>
  );
}

function TimeInput({ id, label, day, value, onChange }: { id: string; label: string; day: string; value: string; onChange: (value: string) => void }) {
  return (
    <label htmlFor={id} className="time-field">
      <span>{label}</span>
      <input id={id} type="time" value={value} aria-label={`${day} : ${label}`} onChange={(event) => onChange(event.target.value)} required />
    </label>
  );
}
