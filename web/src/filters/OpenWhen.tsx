import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filters } from '../view/filters.ts';
import { choiceOf, DAYS_AHEAD, instantOf, localDay, type LocalChoice } from './open-at.ts';
import { intlLocale } from '#schema/intl-locale.ts';

type Props = { filters: Filters; timeZone: string; onChange: (filters: Filters) => void };

const DEFAULT_CHOICE: LocalChoice = { dayOffset: 0, time: '10:00' };

/** "Open now" or "open at" a day and time of the coming week, on the tenant's clock. */
export function OpenWhen({ filters, timeZone, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState<LocalChoice>(() => (filters.at ? choiceOf(filters.at, timeZone, new Date()) : DEFAULT_CHOICE));

  const pickAt = (next: LocalChoice) => {
    setChoice(next);
    const at = instantOf(next, timeZone, new Date());
    if (at) onChange({ ...filters, open: 'at', at });
  };
  const dayName = (offset: number) => {
    if (offset === 0) return t('filters.today');
    if (offset === 1) return t('filters.tomorrow');
    return new Intl.DateTimeFormat(intlLocale(i18n.language), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(localDay(offset, timeZone, new Date()));
  };

  return (
    <fieldset>
      <legend>{t('filters.when')}</legend>
      <label>
        <input type="radio" name={`${id}-open`} checked={filters.open === 'any'} onChange={() => onChange({ ...filters, open: 'any', at: null })} />
        {t('filters.anyTime')}
      </label>
      <label>
        <input type="radio" name={`${id}-open`} checked={filters.open === 'now'} onChange={() => onChange({ ...filters, open: 'now', at: null })} />
        {t('filters.openNow')}
      </label>
      <label>
        <input type="radio" name={`${id}-open`} checked={filters.open === 'at'} onChange={() => pickAt(choice)} />
        {t('filters.openAt')}
      </label>
      <div className="open-at" hidden={filters.open !== 'at'}>
        <label>
          {t('filters.day')}
          <select value={choice.dayOffset} onChange={(event) => pickAt({ ...choice, dayOffset: Number(event.target.value) })}>
            {Array.from({ length: DAYS_AHEAD }, (_, offset) => (
              <option key={offset} value={offset}>
                {dayName(offset)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.time')}
          <input type="time" value={choice.time} step={900} onChange={(event) => pickAt({ ...choice, time: event.target.value })} />
        </label>
      </div>
    </fieldset>
  );
}
