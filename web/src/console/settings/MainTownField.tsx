import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { departementsOf } from '#schema/communes.ts';
import { MAIN_TOWN_MAX_LENGTH } from '#schema/console/settings.ts';
import { loadTenantCommunes } from '../../communes/load.ts';
import { Field } from '../Field.tsx';

type Props = { value: string; communes: readonly string[]; errors: string[] | undefined; onChange: (town: string) => void };

/**
 * The town the public address search names as its example. Free text, so that a CCI can name
 * the town people know it by, with the territory's communes offered as suggestions.
 */
export function MainTownField({ value, communes, errors, onChange }: Props) {
  const { t } = useTranslation('console');
  const listId = useId();
  const [names, setNames] = useState<string[]>([]);
  const territoryKey = communes.join(' ');
  useEffect(() => {
    let current = true;
    const territory = { departements: departementsOf(communes), communes: [...communes] };
    void loadTenantCommunes({ territory }).then(
      (found) => current && setNames([...new Set(found.map((commune) => commune.name))].sort((a, b) => a.localeCompare(b, 'fr'))),
      () => current && setNames([]),
    );
    return () => {
      current = false;
    };
  }, [territoryKey]);
  return (
    <>
      <Field label={t('settings.mainTown')} hint={t('settings.mainTownHint', { town: value.trim() || '…' })} errors={errors}>
        <input value={value} maxLength={MAIN_TOWN_MAX_LENGTH} list={listId} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      </Field>
      <datalist id={listId}>
        {names.map((name) => <option key={name} value={name} />)}
      </datalist>
    </>
  );
}
