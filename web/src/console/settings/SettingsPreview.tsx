import { useTranslation } from 'react-i18next';
import type { TenantSettings } from '#schema/console/settings.ts';
import { publicTiles } from '#schema/tile-sources.ts';
import { useLabels } from '../labels.ts';

/** The map's credit line as residents will read it (the deployment archive's is known once served). */
function creditText(settings: TenantSettings): string {
  const { attribution } = publicTiles({ source: settings.tileSource, customUrl: settings.tileUrl, customAttribution: settings.tileAttribution, cacheMb: settings.tileCacheMb });
  // A parsed, never attached document: its markup runs nothing, only its text is read.
  return new DOMParser().parseFromString(attribution, 'text/html').body.textContent ?? '';
}

/** The public page's masthead and a listing as they will look with the settings being edited. */
export function SettingsPreview({ settings, logoUrl }: { settings: TenantSettings; logoUrl: string | null }) {
  const { t } = useTranslation('console');
  const label = useLabels();
  return (
    <aside className="console-preview" aria-labelledby="settings-preview-title">
      <h2 id="settings-preview-title">{t('settings.preview')}</h2>
      <div className="console-preview-page" lang={settings.defaultLanguage}>
        <div className="console-preview-masthead" style={{ background: settings.colours.primary, color: settings.colours.onPrimary }}>
          {logoUrl ? <img src={logoUrl} alt="" height={32} /> : null}
          <strong>{settings.name}</strong>
          <span>{settings.languages.map((l) => l.toUpperCase()).join(' · ')}</span>
        </div>
        <div className="console-preview-body">
          <p className="listing-name">{t('settings.previewShop')}</p>
          <p className="status-badge status-open">{label.status('open')}</p>
          <p className="console-hint">{t('settings.previewCentre', { latitude: settings.territory.centre.lat, longitude: settings.territory.centre.lng, zoom: settings.territory.zoom })}</p>
          <p className="console-hint">{settings.timezone} — {t(`settings.modes.${settings.moderationMode}`)}</p>
        </div>
        <p className="console-preview-attribution">{creditText(settings)}</p>
      </div>
    </aside>
  );
}
