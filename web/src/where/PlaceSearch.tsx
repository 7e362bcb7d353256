import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Geocoder, Place } from '../geocoding/index.ts';

type Found = { state: 'idle' } | { state: 'searching' } | { state: 'done'; places: Place[] } | { state: 'went'; place: Place } | { state: 'failed' };

/**
 * Address or commune search. Results are a plain list of buttons after the form: reachable with
 * Tab, announced through a live count, with none of a combobox's keyboard traps. `town` is the
 * tenant's main town, named in the example so that it reads as this territory's.
 */
export function PlaceSearch({ geocoder, town, onPick }: { geocoder: Geocoder; town: string; onPick: (place: Place) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [found, setFound] = useState<Found>({ state: 'idle' });
  const pending = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // The results go once one is picked: focus returns to the field it all started from.
  const pick = (place: Place, focusField: boolean) => {
    setFound({ state: 'went', place });
    setText(place.label);
    onPick(place);
    if (focusField) input.current?.focus();
  };

  const search = async () => {
    const query = text.trim();
    if (!query) return;
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setFound({ state: 'searching' });
    try {
      const places = await geocoder.search(query, controller.signal);
      if (controller.signal.aborted) return;
      // A single match needs no choosing: the map goes there at once.
      const [only] = places;
      if (only && places.length === 1) pick(only, false);
      else setFound({ state: 'done', places });
    } catch {
      if (!controller.signal.aborted) setFound({ state: 'failed' });
    }
  };

  const message = useMemo(() => {
    if (found.state === 'searching') return t('where.searching');
    if (found.state === 'failed') return t('where.failed');
    if (found.state === 'done') return t('where.results', { count: found.places.length });
    if (found.state === 'went') return t('where.went', { place: found.place.label });
    return '';
  }, [found, t]);

  return (
    <div className="place-search">
      <form
        role="search"
        aria-label={t('where.label')}
        onSubmit={(event) => {
          event.preventDefault();
          void search();
        }}
      >
        <label htmlFor="place-search">{t('where.label')}</label>
        <div className="inline-field">
          <input id="place-search" ref={input} type="search" autoComplete="street-address" value={text} placeholder={town ? t('where.placeholder', { town }) : t('where.placeholderNoTown')} onChange={(event) => setText(event.target.value)} />
          <button type="submit">{t('where.submit')}</button>
        </div>
      </form>
      <p className="visually-hidden-when-empty" role="status">
        {message}
      </p>
      {found.state === 'done' && found.places.length > 0 ? (
        <ul className="place-results" aria-label={t('where.resultsLabel')}>
          {found.places.map((place) => (
            <li key={`${place.label}|${place.lat}|${place.lng}`}>
              <button
                type="button"
                onClick={() => pick(place, true)}
              >
                {place.label} <span className="place-context">{place.context}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
