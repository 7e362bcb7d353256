import { useTranslation } from 'react-i18next';
import type { TenantSettings } from '#schema/console/settings.ts';
import { Field } from '../Field.tsx';

type Territory = TenantSettings['territory'];
type Props = { territory: Territory; errors: (field: string) => string[] | undefined; onChange: (territory: Territory) => void };

const BOUNDS = ['west', 'south', 'east', 'north'] as const;

/**
 * Six decimals are about ten centimetres: enough for a map's centre and edges, and what a person
 * can read, where a computed bound prints as 43.793749999999996. The exact value stays stored
 * until staff type a new one.
 */
const COORDINATE_DECIMALS = 6;
export const coordinateForDisplay = (value: number): number | string =>
  Number.isFinite(value) ? Number(value.toFixed(COORDINATE_DECIMALS)) : '';

export function TerritoryFields({ territory, errors, onChange }: Props) {
  const { t } = useTranslation('console');
  const number = (value: string) => (value === '' ? Number.NaN : Number(value));
  return (
    <fieldset>
      <legend>{t('settings.territory')}</legend>
      {(['lat', 'lng'] as const).map((key) => (
        <Field key={key} label={t(`settings.centre.${key}`)} errors={errors(`territory.centre.${key}`) ?? errors('territory.centre')}>
          <input type="number" step="any" value={coordinateForDisplay(territory.centre[key])} onChange={(e) => onChange({ ...territory, centre: { ...territory.centre, [key]: number(e.target.value) } })} />
        </Field>
      ))}
      <Field label={t('settings.zoom')} errors={errors('territory.zoom')}>
        <input type="number" min={3} max={18} value={territory.zoom} onChange={(e) => onChange({ ...territory, zoom: number(e.target.value) })} />
      </Field>
      {BOUNDS.map((key) => (
        <Field key={key} label={t(`settings.bounds.${key}`)} errors={errors(`territory.bounds.${key}`) ?? (key === 'west' ? errors('territory.bounds') : undefined)}>
          <input type="number" step="any" value={coordinateForDisplay(territory.bounds[key])} onChange={(e) => onChange({ ...territory, bounds: { ...territory.bounds, [key]: number(e.target.value) } })} />
        </Field>
      ))}
      <Field label={t('settings.communes')} hint={t('settings.communesHint')} errors={errors('territory.communes') ?? errors('territory.communes.0')}>
        <textarea
          rows={3}
          value={territory.communes.join(' ')}
          onChange={(e) => onChange({ ...territory, communes: e.target.value.split(/[\s,;]+/).map((code) => code.trim().toUpperCase()).filter(Boolean) })}
        />
      </Field>
    </fieldset>
  );
}
