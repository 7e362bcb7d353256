import { useState } from 'react';
import { WEEKDAY_CODES } from '#schema/hours/index.ts';
import { HoursSentences } from '../hours/HoursSentences.tsx';
import { FieldError } from './fields.tsx';
import { HoursExceptions } from './HoursExceptions.tsx';
import { HolidaysChoice } from './HolidaysChoice.tsx';
import { HoursSuggestion } from './HoursSuggestion.tsx';
import { DayRanges } from './hours-fields.tsx';
import { copyFirstOpenDay, weekToOpeningHours, type DayHours, type WeekHours } from './hours-text.ts';
import { currentLanguage, useRegisterTranslation } from './i18n.ts';
import type { StepProps } from './step-props.ts';

/** Per day: open or closed, the hours, an optional lunch break; the first open day can be copied to the other open days, with undo. Then dated exceptions. */
export function HoursStep({ values, set, errors, tenant }: StepProps) {
  const { t } = useRegisterTranslation();
  const week = values.hours;
  const [beforeCopy, setBeforeCopy] = useState<{ week: WeekHours; day: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const setWeek = (hours: WeekHours) => {
    setBeforeCopy(null);
    setAnnouncement('');
    set({ hoursText: null, hours });
  };
  const setDay = (index: number, patch: Partial<DayHours>) => setWeek({ ...week, days: week.days.map((day, i) => (i === index ? { ...day, ...patch } : day)) });
  const copy = copyFirstOpenDay(week);
  const dayInSentence = (index: number) => t(`hours.daysInSentence.${WEEKDAY_CODES[index]}`);
  const copyFirst = () => {
    if (!copy) return;
    const day = dayInSentence(copy.from);
    set({ hoursText: null, hours: copy.week });
    setBeforeCopy({ week, day });
    setAnnouncement(t('hours.copied', { day }));
  };
  const undo = () => {
    if (!beforeCopy) return;
    set({ hoursText: null, hours: beforeCopy.week });
    setBeforeCopy(null);
    setAnnouncement(t('hours.copyUndone'));
  };

  const opening = weekToOpeningHours(week);

  if (values.hoursText !== null) {
    return (
      <div className="field">
        <label htmlFor="hours-text">{t('hours.text')}</label>
        <p id="hours-text-hint" className="field-hint">{t('hours.textHint')}</p>
        <textarea id="hours-text" aria-describedby="hours-text-hint" value={values.hoursText} onChange={(event) => set({ hoursText: event.target.value })} rows={3} />
        <HoursSuggestion text={values.hoursText} onUse={(normalised) => set({ hoursText: normalised })} />
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
            {copy && index === copy.from ? (
              <button type="button" id="copy-first-day" onClick={copyFirst}>
                {t('hours.copyFirst', { day: dayInSentence(index) })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <div className="copy-status">
        <p role="status">{announcement}</p>
        {beforeCopy ? <button type="button" id="undo-copy" onClick={undo}>{t('hours.undoCopy')}</button> : null}
      </div>
      <HolidaysChoice week={week} tenantClosesThen={tenant.hours.publicHolidaysClosed} setWeek={setWeek} />
      <HoursExceptions week={week} setWeek={setWeek} errors={errors} />
      <div className="hours-summary-box">
        <p className="field-hint" id="hours-summary-title">{t('hours.summary')}</p>
        <HoursSentences openingHours={opening} language={currentLanguage()} />
        {/* The OSM text only for those who ask for it: it is what exports and OSM tools read. */}
        <details className="hours-osm">
          <summary>{t('hours.osmText')}</summary>
          <code>{opening || '—'}</code>
        </details>
      </div>
      <FieldError id="hours-error" errors={errors.openingHours} />
    </>
  );
}
