import { useCallback, useEffect, useState } from 'react';
import type { Commune } from '#schema/communes.ts';
import { loadTenantCommunes } from '../communes/load.ts';
import { searchCommunes } from '../communes/search.ts';
import { FieldError, TextField } from './fields.tsx';
import { useRegisterTranslation } from './i18n.ts';
import { PinMap } from './PinMap.tsx';
import type { StepProps } from './step-props.ts';

/** Suggestions under the commune field: enough to find a homonym, few enough to read. */
const COMMUNE_SUGGESTIONS = 6;

export function AddressStep({ values, set, errors, tenant }: StepProps) {
  const { t } = useRegisterTranslation();
  const [communes, setCommunes] = useState<Commune[]>([]);
  const [query, setQuery] = useState(values.commune);
  useEffect(() => {
    void loadTenantCommunes(tenant).then(setCommunes, () => setCommunes([]));
  }, [tenant]);
  const results = query === values.commune ? [] : searchCommunes(communes, query, COMMUNE_SUGGESTIONS);
  const choose = (commune: Commune) => {
    setQuery(commune.name);
    // The commune's centre is where the pin starts; the shopkeeper then moves it to the door.
    set({ commune: commune.name, communeInsee: commune.insee, postcode: commune.postcode, lat: commune.lat, lng: commune.lng });
  };
  const move = useCallback((point: { lat: number; lng: number }) => set({ lat: point.lat, lng: point.lng }), [set]);
  const [lookup, setLookup] = useState<{ state: 'idle' | 'busy' | 'notFound' } | { state: 'found'; label: string }>({ state: 'idle' });
  // The national address base gives the commune's INSEE code and the door's position at once;
  // when it cannot answer, the commune list below still works, offline included.
  const locate = async () => {
    setLookup({ state: 'busy' });
    try {
      const { banGeocoder } = await import('../geocoding/ban-geocoder.ts');
      const places = await banGeocoder(tenant.map.centre).search(`${values.address} ${values.postcode || query}`.trim());
      const found = places.find((place) => place.address);
      if (!found?.address) throw new Error('no address');
      setQuery(found.address.commune);
      set({ address: found.address.street, postcode: found.address.postcode, commune: found.address.commune, communeInsee: found.address.insee, lat: found.lat, lng: found.lng });
      setLookup({ state: 'found', label: found.label });
    } catch {
      setLookup({ state: 'notFound' });
    }
  };

  return (
    <>
      <TextField id="address" label={t('address.street')} hint={t('address.streetHint')} autoComplete="street-address" required value={values.address} onChange={(address) => set({ address })} errors={errors.address} />
      <div className="field">
        <button type="button" onClick={() => void locate()} disabled={values.address.trim().length < 3 || lookup.state === 'busy'}>
          {t('address.locate')}
        </button>
        <p role="status" className="field-hint">
          {lookup.state === 'busy' ? t('address.locating') : lookup.state === 'found' ? t('address.located', { label: lookup.label }) : lookup.state === 'notFound' ? t('address.notFound') : ''}
        </p>
      </div>
      <div className="field">
        <label htmlFor="commune-search">{t('address.commune')}</label>
        <p id="commune-search-hint" className="field-hint">{t('address.communeHint')}</p>
        <input
          id="commune-search"
          type="search"
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-describedby={errors.commune || errors.communeInsee ? 'commune-search-hint commune-error' : 'commune-search-hint'}
          aria-invalid={errors.commune || errors.communeInsee ? true : undefined}
          aria-controls="commune-results"
        />
        <p className="visually-hidden" role="status">{query.length >= 2 && query !== values.commune ? t('address.results', { count: results.length }) : ''}</p>
        <ul id="commune-results" className="commune-results">
          {results.map((commune) => (
            <li key={commune.insee}>
              <button type="button" onClick={() => choose(commune)}>
                {commune.name} ({commune.postcode})
              </button>
            </li>
          ))}
        </ul>
        <FieldError id="commune-error" errors={errors.commune ?? errors.communeInsee} />
      </div>
      <TextField id="postcode" label={t('address.postcode')} inputMode="numeric" autoComplete="postal-code" required value={values.postcode} onChange={(postcode) => set({ postcode })} errors={errors.postcode} />
      {values.lat !== null && values.lng !== null ? (
        <PinMap tenant={tenant} point={{ lat: values.lat, lng: values.lng }} onMove={move} />
      ) : (
        <p className="field-hint">{t('address.pinAfterCommune')}</p>
      )}
      <FieldError id="position-error" errors={errors.position} />
    </>
  );
}
