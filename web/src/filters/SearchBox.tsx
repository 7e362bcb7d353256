import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_MAX_LENGTH } from '../view/filters.ts';

/** Search by name or product; it applies on submit so each keystroke does not refetch the map. */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <form
      role="search"
      className="search-box"
      aria-label={t('search.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
    >
      <label htmlFor="product-search">{t('search.label')}</label>
      <div className="inline-field">
        <input id="product-search" type="search" value={text} maxLength={SEARCH_MAX_LENGTH} placeholder={t('search.placeholder')} onChange={(event) => setText(event.target.value)} />
        <button type="submit">{t('search.submit')}</button>
        {value ? (
          <button type="button" onClick={() => onSearch('')}>
            {t('search.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
