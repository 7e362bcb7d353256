import { PUBLIC_HOLIDAY_KINDS } from '#schema/hours/public-holidays.ts';
import { DayRanges } from './hours-fields.tsx';
import type { WeekHours } from './hours-text.ts';
import { useRegisterTranslation } from './i18n.ts';

/**
 * What the business does on public holidays: as its CCI sets it for businesses that say nothing,
 * closed, its usual hours, or hours of their own. The default says what the CCI's rule is.
 */
export function HolidaysChoice({ week, tenantClosesThen, setWeek }: { week: WeekHours; tenantClosesThen: boolean; setWeek: (week: WeekHours) => void }) {
  const { t } = useRegisterTranslation();
  const legend = t('hours.holidays.legend');
  return (
    <fieldset className="holidays-choice">
      <legend>{legend}</legend>
      {PUBLIC_HOLIDAY_KINDS.map((kind) => (
        <label key={kind} className="choice">
          <input type="radio" name="public-holidays" id={`holidays-${kind}`} value={kind} checked={week.holidays === kind} onChange={() => setWeek({ ...week, holidays: kind })} />
          {kind === 'default' ? t('hours.holidays.default', { rule: t(tenantClosesThen ? 'hours.holidays.closed' : 'hours.holidays.usual').toLowerCase() }) : t(`hours.holidays.${kind}`)}
        </label>
      ))}
      {week.holidays === 'special' ? (
        <DayRanges id="holidays" name={legend} day={week.holidayHours} onChange={(patch) => setWeek({ ...week, holidayHours: { ...week.holidayHours, ...patch } })} />
      ) : null}
    </fieldset>
  );
}
