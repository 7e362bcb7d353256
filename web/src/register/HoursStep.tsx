import { WEEKDAY_CODES } from '#schema/hours/index.ts';
import { FieldError } from './fields.tsx';
import { HoursExceptions } from './HoursExceptions.tsx';
import { DayRanges } from './hours-fields.tsx';
import { toOpeningHours, type DayHours } from './hours-text.ts';
import { useRegisterTranslation } from './i18n.ts';
import type { StepProps } from './step-props.ts';

/** Per day: open or closed, the hours, an optional lunch break; Monday can be copied to the week. Then dated exceptions. */
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
            {day.open ? <DayRanges id={id} name={name} day={day} onChange={(patch) => setDay(index, patch)} /> : null}
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
      <HoursExceptions week={week} setWeek={(hours) => set({ hoursText: null, hours })} errors={errors} />
      <p className="field-hint">
        {t('hours.summary')} <code>{toOpeningHours(week) || '—'}</code>
      </p>
      <FieldError id="hours-error" errors={errors.openingHours} />
    </>
  );
}
