import { useTranslation } from 'react-i18next';
import { STATUS_TONES, TONE_WORDS } from '#schema/hours/open-status.ts';
import { TONE_SYMBOL, useStatusLanguage } from '../listings/StatusBadge.tsx';

/** What each marker's colour, shape and symbol mean, drawn as the markers are. */
export function MapLegend() {
  const { t } = useTranslation();
  const language = useStatusLanguage();
  return (
    <details className="map-legend">
      <summary>{t('map.legend')}</summary>
      <ul>
        {STATUS_TONES.map((tone) => (
          <li key={tone}>
            <span className={`marker-shape legend-marker tone-${tone}`} aria-hidden="true">
              {TONE_SYMBOL[tone]}
            </span>
            {TONE_WORDS[language][tone]}
          </li>
        ))}
      </ul>
    </details>
  );
}
