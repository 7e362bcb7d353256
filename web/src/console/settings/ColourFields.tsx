import { useTranslation } from 'react-i18next';
import { contrastRatio, MIN_CONTRAST_AA } from '#schema/console/contrast.ts';
import type { TenantSettings } from '#schema/console/settings.ts';
import { Field } from '../Field.tsx';

type Props = { colours: TenantSettings['colours']; errors: (field: string) => string[] | undefined; onChange: (colours: TenantSettings['colours']) => void };

const isHex = (value: string) => /^#[0-9a-fA-F]{6}$/.test(value);

/** The two brand colours and their contrast, checked as the API checks it (WCAG AA, 4.5:1). */
export function ColourFields({ colours, errors, onChange }: Props) {
  const { t } = useTranslation('console');
  const ratio = isHex(colours.primary) && isHex(colours.onPrimary) ? contrastRatio(colours.primary, colours.onPrimary) : null;
  const passes = ratio !== null && ratio >= MIN_CONTRAST_AA;
  return (
    <>
      {(['primary', 'onPrimary'] as const).map((key) => (
        <Field key={key} label={t(`settings.colours.${key}`)} errors={errors(`colours.${key}`)}>
          <input type="color" value={isHex(colours[key]) ? colours[key] : '#000000'} onChange={(e) => onChange({ ...colours, [key]: e.target.value })} />
        </Field>
      ))}
      <p className={passes ? 'console-done' : 'console-error'} role="status" aria-live="polite">
        {ratio === null ? null : t(passes ? 'settings.contrastOk' : 'settings.contrastLow', { ratio: ratio.toFixed(2) })}
      </p>
    </>
  );
}
