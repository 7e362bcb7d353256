import { useEffect, useRef, useState } from 'react';
import { namesMatch, type SiretLookup } from '#schema/company-directory.ts';
import { isValidSiret } from '#schema/siret.ts';
import { loadTenantCommunes } from '../communes/load.ts';
import { useRegisterTranslation } from './i18n.ts';
import { directoryAddress, lookUpSiret, readableCase, type DirectoryAddress } from './siret-lookup.ts';
import type { StepProps } from './step-props.ts';

type Answer = { siret: string; lookup: SiretLookup; address: DirectoryAddress | null };

/** People type the same street in many ways: compare letters and digits only. */
const sameText = (a: string, b: string) => a.normalize('NFD').replace(/[^a-z0-9]/gi, '').toLowerCase() === b.normalize('NFD').replace(/[^a-z0-9]/gi, '').toLowerCase();

/**
 * What the public company directory says about the SIRET typed: it fills the name and address
 * left empty, offers (never forces) its own where the person typed something else, and warns
 * when the establishment is closed or known under another name. When it cannot tell, the
 * registration goes on and the CCI checks by hand.
 */
export function SiretDirectory({ values, set, tenant }: Omit<StepProps, 'errors'>) {
  const { t } = useRegisterTranslation();
  const siret = values.siret.replace(/[\s.-]/g, '');
  const valid = isValidSiret(siret);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [prefilled, setPrefilled] = useState<{ name: boolean; address: boolean }>({ name: false, address: false });
  const latest = useRef(values);
  latest.current = values;

  useEffect(() => {
    if (!valid) return;
    let live = true;
    // Typing the last digit fast then correcting one must not spend two lookups.
    const timer = setTimeout(() => {
      void Promise.all([lookUpSiret(siret), loadTenantCommunes(tenant).catch(() => [])]).then(([lookup, communes]) => {
        if (!live) return;
        const address = lookup.result === 'found' ? directoryAddress(lookup.establishment, communes) : null;
        setAnswer({ siret, lookup, address });
        if (lookup.result !== 'found' || !address) return;
        const now = latest.current;
        const fillName = now.name.trim() === '' && lookup.establishment.name !== '';
        const fillAddress = [now.address, now.postcode, now.commune].every((field) => field.trim() === '') && address.address !== '';
        set({ ...(fillName ? { name: readableCase(lookup.establishment.name) } : {}), ...(fillAddress ? address : {}) });
        setPrefilled({ name: fillName, address: fillAddress });
      });
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [siret, valid, tenant, set]);

  if (!valid) return null;
  const current = answer?.siret === siret ? answer : null;
  if (!current) return <p className="siret-directory field-hint" role="status">{t('siret.looking')}</p>;
  const { lookup, address } = current;
  if (lookup.result !== 'found' || !address) {
    const key = lookup.result === 'unverified' ? `siret.unverified.${lookup.reason}` : 'siret.notFound';
    return <div className="siret-directory" role="status"><p>{t(key)}</p></div>;
  }
  const { establishment } = lookup;
  const directoryName = readableCase(establishment.name);
  const nameDiffers = values.name.trim() !== '' && !namesMatch(values.name, establishment.knownNames);
  const fullAddress = [address.address, address.postcode, address.commune].filter(Boolean).join(' ');
  const addressDiffers = values.address.trim() !== '' && !(sameText(values.address, address.address) && values.postcode === address.postcode);
  return (
    <div className="siret-directory">
      <div role="status">
        <p>{t('siret.found', { name: directoryName, address: fullAddress })}</p>
        {establishment.closed ? <p className="siret-warning">{t('siret.closed')}</p> : null}
        {nameDiffers ? <p className="siret-warning">{t('siret.nameDiffers', { name: directoryName })}</p> : null}
        {prefilled.name || prefilled.address ? <p className="field-hint">{t(prefilled.name && prefilled.address ? 'siret.prefilledBoth' : prefilled.name ? 'siret.prefilledName' : 'siret.prefilledAddress')}</p> : null}
      </div>
      {nameDiffers || addressDiffers ? (
        <div className="siret-offers">
          {nameDiffers ? <button type="button" onClick={() => set({ name: directoryName })}>{t('siret.useName', { name: directoryName })}</button> : null}
          {addressDiffers ? <button type="button" onClick={() => set(address)}>{t('siret.useAddress', { address: fullAddress })}</button> : null}
        </div>
      ) : null}
    </div>
  );
}
