import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterFeature } from '#schema/listing.ts';
import { distanceMetres } from './distance.ts';
import { formatDistance } from './format-distance.ts';

type Props = { zones: ClusterFeature[]; centre: { lat: number; lng: number }; onZoom: (lat: number, lng: number, zoom: number) => void };

/** A zone of level L is about 360/2^L degrees wide: two zoom steps deeper shows it whole. */
const zoomFor = (level: number) => Math.min(18, level + 2);

/**
 * Zoomed out, the map shows counts per zone instead of businesses; the list offers the same
 * zones, nearest first, so that keyboard and screen-reader users can zoom in from here too.
 */
export function ZoneList({ zones, centre, onZoom }: Props) {
  const { t, i18n } = useTranslation();
  const sorted = useMemo(
    () =>
      zones
        .map((zone) => ({ zone, distance: distanceMetres(centre, { lat: zone.geometry.coordinates[1], lng: zone.geometry.coordinates[0] }) }))
        .sort((a, b) => a.distance - b.distance),
    [zones, centre],
  );
  return (
    <div className="zone-list">
      <h2 id="zone-list-heading">{t('zones.heading')}</h2>
      <p>{t('zones.hint')}</p>
      <ul aria-labelledby="zone-list-heading">
        {sorted.map(({ zone, distance }) => (
          <li key={zone.id}>
            <button type="button" className="listing-item" onClick={() => onZoom(zone.geometry.coordinates[1], zone.geometry.coordinates[0], zoomFor(zone.properties.level))}>
              {t('zones.zone', { count: zone.properties.count, open: zone.properties.statuses.open, distance: formatDistance(distance, i18n.language) })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
