import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compileSchedule, formatMinute, formatSummary, isoDate, localIntervals, parseOpeningHours, toLocal, upcomingExceptions } from '#schema/hours/index.ts';
import type { PublicListing } from '#schema/listing.ts';
import type { Language, PublicTenant } from '#schema/tenant.ts';
import { browserHoursSettings, evaluateCard } from './hours.ts';
import { useLibraryHours } from './library-hours.ts';

const WEEK = 7;

const rangeText = (start: number, end: number) => `${formatMinute(start)}–${end === 1440 ? '24:00' : formatMinute(end)}`;

/**
 * The coming seven days with their dates, so exceptions (a closed Monday, a holiday) show where
 * they fall; and the dated exceptions still to come, which may lie beyond the week.
 */
function hoursAhead(openingHours: string, tenant: PublicTenant, now: Date) {
  const parsed = parseOpeningHours(openingHours);
  if (!parsed.ok) return null;
  const settings = browserHoursSettings(tenant);
  const { rules } = compileSchedule(parsed.schedule, settings.publicHolidaysClosed);
  const today = toLocal(tenant.timezone, now).dayNumber;
  const days = Array.from({ length: WEEK }, (_, offset) => ({
    date: isoDate(today + offset),
    ranges: localIntervals(rules, today + offset, settings.holidays).map(([start, end]) => rangeText(start, end)),
  }));
  const exceptions = upcomingExceptions(parsed.schedule, today).map(({ from, to, ranges }) => ({ from, to, ranges: ranges.map(({ start, end }) => rangeText(start, end)) }));
  return { days, exceptions };
}

/** A remark kept in place of hours ("sur rendez-vous") reads as a sentence, without OSM's quotes. */
function hoursAsText(openingHours: string, unknown: boolean): string {
  const text = openingHours.trim();
  return unknown ? text.replace(/^"([^"]*)"$/, '$1') : text;
}

/** Today's summary ("Ouvert jusqu'à 19:00"), the week's hours and the exceptions to come, from the shared hours model: right offline too. */
export function HoursSection({ listing, tenant }: { listing: PublicListing; tenant: PublicTenant }) {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'fr') satisfies Language;
  const now = useMemo(() => new Date(), [listing]);
  // Hours outside the compiled model are evaluated again once OpenStreetMap's evaluator has loaded.
  const library = useLibraryHours();
  const evaluation = useMemo(() => evaluateCard(listing, tenant, now), [listing, tenant, now, library]);
  const ahead = useMemo(() => hoursAhead(listing.openingHours, tenant, now), [listing.openingHours, tenant, now]);
  const dayName = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const dateName = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const exceptions = listing.status === 'permanently_closed' ? [] : (ahead?.exceptions ?? []);

  return (
    <section className="card-hours" aria-labelledby="card-hours-title">
      <p className={`hours-summary ${evaluation.openNow ? 'is-open' : 'is-closed'}`}>
        <span aria-hidden="true">{evaluation.openNow ? '● ' : '○ '}</span>
        {formatSummary(evaluation.summary, language)}
      </p>
      {evaluation.stale || listing.stale ? <p className="stale-badge">{t('card.stale')}</p> : null}
      <h3 id="card-hours-title">{t('card.hours')}</h3>
      {ahead ? (
        <table className="week-hours">
          <caption className="visually-hidden">{t('card.weekCaption')}</caption>
          <tbody>
            {ahead.days.map((day, index) => (
              <tr key={day.date} aria-current={index === 0 ? 'date' : undefined}>
                <th scope="row">{dayName.format(new Date(`${day.date}T12:00:00Z`))}</th>
                <td>{day.ranges.length ? day.ranges.join(', ') : t('card.closedDay')}</td>
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
                {t('card.exceptionLine', {
                  dates: dateName.formatRange(new Date(`${exception.from}T12:00:00Z`), new Date(`${exception.to}T12:00:00Z`)),
                  hours: exception.ranges.length ? exception.ranges.join(', ') : t('card.closedDay'),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
