import { useTranslation } from 'react-i18next';
import { intlLocale } from '#schema/intl-locale.ts';

/**
 * Says that what is shown was saved earlier, and when, so nobody mistakes it for live data; and,
 * when the tenant's basemap may not be kept offline (its licence), that the map will be blank.
 */
export function OfflineBanner({ since, tilesKept }: { since: string; tilesKept: boolean }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(since));
  return (
    <p className="offline-banner" role="status">
      <span aria-hidden="true">⚠ </span>
      {t('offline.banner', { date })}
      {tilesKept ? null : ` ${t('offline.noTiles')}`}
    </p>
  );
}
