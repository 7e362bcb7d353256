import { useTranslation } from 'react-i18next';
import type { TenantSettings } from '#schema/console/settings.ts';
import { KEPT_OFFLINE, TILE_CACHE_MB_MAX, TILE_SOURCES } from '#schema/tile-sources.ts';
import { Field } from '../Field.tsx';

type TileFields = Pick<TenantSettings, 'tileSource' | 'tileUrl' | 'tileAttribution' | 'tileCacheMb'>;
type Props = { settings: TileFields; errors: (field: string) => string[] | undefined; onChange: (patch: Partial<TileFields>) => void };

/** The map background: one of a short list, each with its licence; a custom one needs its credit. */
export function TileSourceFields({ settings, errors, onChange }: Props) {
  const { t } = useTranslation('console');
  return (
    <fieldset>
      <legend>{t('settings.map')}</legend>
      <fieldset className="console-choices">
        <legend>{t('settings.tileSource')}</legend>
        {TILE_SOURCES.map((source) => (
          <label key={source} className="console-check">
            <input type="radio" name="tile-source" value={source} checked={settings.tileSource === source} onChange={() => onChange({ tileSource: source })} />
            <span>
              {t(`settings.tileSources.${source}.label`)}
              <span className="console-hint"> — {t(`settings.tileSources.${source}.hint`)}</span>
            </span>
          </label>
        ))}
        {errors('tileSource') ? <p className="console-error">{errors('tileSource')?.join(' ')}</p> : null}
      </fieldset>
      {settings.tileSource === 'custom' ? (
        <>
          <Field label={t('settings.tileUrl')} hint={t('settings.tileUrlHint')} errors={errors('tileUrl')}>
            <input value={settings.tileUrl} onChange={(e) => onChange({ tileUrl: e.target.value })} />
          </Field>
          <Field label={t('settings.tileAttribution')} hint={t('settings.tileAttributionHint')} errors={errors('tileAttribution')}>
            <input value={settings.tileAttribution} onChange={(e) => onChange({ tileAttribution: e.target.value })} />
          </Field>
        </>
      ) : null}
      {KEPT_OFFLINE[settings.tileSource] ? (
        <Field label={t('settings.tileCacheMb')} hint={t('settings.tileCacheMbHint')} errors={errors('tileCacheMb')}>
          <input type="number" min={0} max={TILE_CACHE_MB_MAX} value={settings.tileCacheMb} onChange={(e) => onChange({ tileCacheMb: Number(e.target.value) })} />
        </Field>
      ) : (
        <p className="console-hint">{t('settings.tileNotKept')}</p>
      )}
    </fieldset>
  );
}
