import { useEffect, useRef } from 'react';
import { exceptionErrors, exceptionFieldId, type ExceptionField, type FieldErrors } from './form-model.ts';
import { DayInput, DayRanges } from './hours-fields.tsx';
import { NEW_EXCEPTION, type DatedHours, type WeekHours } from './hours-text.ts';
import { currentLanguage, useRegisterTranslation } from './i18n.ts';

const ADD_ID = 'exception-add';

/**
 * Dated closures and special hours, after the usual week. An input shows an error once a check
 * of the step found one there, and only while it is still wrong: fixed, it goes; and removing a
 * period does not leave its errors on the one that takes its place.
 */
export function HoursExceptions({ week, setWeek, errors }: { week: WeekHours; setWeek: (week: WeekHours) => void; errors: FieldErrors }) {
  const { t } = useRegisterTranslation();
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const exceptions = week.exceptions;
  const live = exceptionErrors(exceptions, currentLanguage());
  const errorsOf = (index: number, field: ExceptionField) => {
    const id = exceptionFieldId(index, field);
    return errors[id] ? live[id] : undefined;
  };
  const setException = (index: number, patch: Partial<DatedHours>) =>
    setWeek({ ...week, exceptions: exceptions.map((exception, i) => (i === index ? { ...exception, ...patch } : exception)) });
  const add = () => {
    focusNext.current = exceptionFieldId(exceptions.length, 'from');
    setWeek({ ...week, exceptions: [...exceptions, { ...NEW_EXCEPTION }] });
  };
  const remove = (index: number) => {
    focusNext.current = ADD_ID;
    setWeek({ ...week, exceptions: exceptions.filter((_, i) => i !== index) });
  };

  return (
    <section className="exceptions" aria-labelledby="exceptions-title">
      <h3 id="exceptions-title">{t('hours.exceptions.title')}</h3>
      <p className="field-hint">{t('hours.exceptions.hint')}</p>
      {exceptions.map((exception, index) => {
        const name = t('hours.exceptions.legend', { number: index + 1 });
        const id = `exception-${index}`;
        return (
          <fieldset key={id} className="day">
            <legend>{name}</legend>
            <div className="day-ranges">
              <DayInput
                id={exceptionFieldId(index, 'from')}
                type="date"
                label={t('hours.exceptions.from')}
                context={name}
                value={exception.from}
                // One day is the common case: the last day follows the first until it is set.
                onChange={(from) => setException(index, exception.to === '' ? { from, to: from } : { from })}
                errors={errorsOf(index, 'from')}
              />
              <DayInput id={exceptionFieldId(index, 'to')} type="date" label={t('hours.exceptions.to')} context={name} value={exception.to} onChange={(to) => setException(index, { to })} errors={errorsOf(index, 'to')} />
            </div>
            <label className="choice">
              <input type="radio" name={`${id}-kind`} checked={!exception.open} onChange={() => setException(index, { open: false })} />
              {t('hours.exceptions.closed')}
            </label>
            <label className="choice">
              <input type="radio" name={`${id}-kind`} checked={exception.open} onChange={() => setException(index, { open: true })} />
              {t('hours.exceptions.special')}
            </label>
            {exception.open ? (
              <DayRanges id={id} name={name} day={exception} onChange={(patch) => setException(index, patch)} errorsOf={(field) => errorsOf(index, field)} />
            ) : null}
            <button type="button" onClick={() => remove(index)}>
              {t('hours.exceptions.remove', { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" id={ADD_ID} onClick={add}>
        {t('hours.exceptions.add')}
      </button>
    </section>
  );
}
