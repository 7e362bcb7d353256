import { Fragment, useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { closesOnPublicHolidays, compileSchedule, formatMinute, isoDate, localIntervals, parseIsoDate, parseOpeningHours, toLocal, upcomingExceptions } from '#schema/hours/index.ts';
import type { PublicListing } from '#schema/listing.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { browserHoursSettings, evaluateCard } from './hours.ts';
import { useLibraryHours } from './library-hours.ts';
import { intlLocale } from '#schema/intl-locale.ts';

const WEEK = 7;

const rangeText = (start: number, end: number) => `${formatMinute(start)}–${end === 1440 ? '24:00' : formatMinute(end)}`;

/**
 * The coming seven days with their dates, so exceptions (a closed Monday, a holiday) show where
 * they fall; and the dated exceptions still to come, which may lie beyond the week. Days before
 * a temporary closure ends are marked closed: its usual hours would read as if it were open.
 */
function hoursAhead(listing: PublicListing, tenant: PublicTenant, now: Date) {
  const parsed = parseOpeningHours(listing.openingHours);
  if (!parsed.ok) return null;
  const settings = browserHoursSettings(tenant);
  const { rules } = compileSchedule(parsed.schedule, closesOnPublicHolidays(settings.publicHolidaysClosed, listing.holidaysAsUsual));
  const today = toLocal(tenant.timezone, now).dayNumber;
  const reopens = listing.status !== 'temporarily_closed' ? null : listing.statusUntil === null ? Infinity : (parseIsoDate(listing.statusUntil) ?? Infinity);
  const days = Array.from({ length: WEEK }, (_, offset) => ({
    date: isoDate(today + offset),
    holiday: settings.holidays.isHoliday(today + offset),
    paused: reopens !== null && today + offset < reopens,
    ranges: localIntervals(rules, today + offset, settings.holidays).map(([start, end]) => rangeText(start, end)),
  }));
  const exceptions = upcomingExceptions(parsed.schedule, today).map(({ from, to, ranges }) => ({ from, to, ranges: ranges.map(({ start, end }) => rangeText(start, end)) }));
  return { days, exceptions };
}

/** Each range stays on one line ("07:00–13:30"): a line may break between ranges, never inside one. */
function HourRanges({ ranges }: { ranges: string[] }) {
  return ranges.map((range, index) => (
    <Fragment key={range}>
      {index > 0 ? ', ' : null}
      <span className="hour-range">{range}</span>
    </Fragment>
  ));
}

/** A remark kept in place of hours ("sur rendez-vous") reads as a sentence, without OSM's quotes. */
function hoursAsText(openingHours: string, unknown: boolean): string {
  const text = openingHours.trim();
  return unknown ? text.replace(/^"([^"]*)"$/, '$1') : text;
}

/** The week's hours and the exceptions to come, from the shared hours model at the instant shown: right offline too. */
export function HoursSection({ listing, tenant, at }: { listing: PublicListing; tenant: PublicTenant; at: Date }) {
  const { t, i18n } = useTranslation();
  // Hours outside the compiled model are evaluated again once OpenStreetMap's evaluator has loaded.
  const library = useLibraryHours();
  const evaluation = useMemo(() => evaluateCard(listing, tenant, at), [listing, tenant, at, library]);
  const ahead = useMemo(() => hoursAhead(listing, tenant, at), [listing, tenant, at]);
  const dayName = new Intl.DateTimeFormat(intlLocale(i18n.language), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const dateName = new Intl.DateTimeFormat(intlLocale(i18n.language), { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const exceptions = listing.status === 'permanently_closed' ? [] : (ahead?.exceptions ?? []);
  const rangesOrClosed = (ranges: string[]) => (ranges.length ? <HourRanges ranges={ranges} /> : t('card.closedDay'));
  const dayText = (day: NonNullable<typeof ahead>['days'][number]) => {
    if (day.paused) return t('card.closedTemporarily');
    const hours = rangesOrClosed(day.ranges);
    return day.holiday ? <Trans i18nKey="card.holidayHours" components={{ hours: <>{hours}</> }} /> : hours;
  };

  return (
    <section className="card-hours" aria-labelledby="card-hours-title">
      {ahead?.days[0]?.holiday ? <p className="holiday-today">{t('card.holidayToday')}</p> : null}
      {evaluation.stale || listing.stale ? <p className="stale-badge">{t('card.stale')}</p> : null}
      <h3 id="card-hours-title">{t('card.hours')}</h3>
      {ahead ? (
        <table className="week-hours">
          <caption className="visually-hidden">{t('card.weekCaption')}</caption>
          <tbody>
            {ahead.days.map((day, index) => (
              <tr key={day.date} aria-current={index === 0 ? 'date' : undefined}>
                <th scope="row">{dayName.format(new Date(`${day.date}T12:00:00Z`))}</th>
                <td className={day.paused ? 'is-paused' : undefined}>{dayText(day)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="opening-hours">{hoursAsText(listing.openingHours, evaluation.summary.kind === 'unknown') || t('card.noHours')}</p>
      )}
      {exceptions.length > 0 ? (
        <>
          <h4 id="card-exceptions-title">{t('card.exceptions')}</h4>
          <ul className="hours-exceptions" aria-labelledby="card-exceptions-title">
            {exceptions.map((exception, index) => (
              <li key={index}>
                <Trans
                  i18nKey="card.exceptionLine"
                  values={{ dates: dateName.formatRange(new Date(`${exception.from}T12:00:00Z`), new Date(`${exception.to}T12:00:00Z`)) }}
                  components={{ hours: <>{rangesOrClosed(exception.ranges)}</> }}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
