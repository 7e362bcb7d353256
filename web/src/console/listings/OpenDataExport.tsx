import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvDelimiter } from '#schema/queries.ts';

const OPEN_DATA = '/api/v1/open-data';
const DELIMITERS: readonly CsvDelimiter[] = ['semicolon', 'comma'];

/**
 * The published listings as open data files, from the console: a CSV that French Excel opens as
 * columns (semicolons; the file starts with a BOM so accents survive) or a comma one, and GeoJSON.
 */
export function OpenDataExport() {
  const { t } = useTranslation('console');
  const [delimiter, setDelimiter] = useState<CsvDelimiter>('semicolon');
  return (
    <section className="console-export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.title')}</h2>
      <p className="console-hint">{t('export.hint')}</p>
      <fieldset className="console-choices">
        <legend>{t('export.delimiter')}</legend>
        {DELIMITERS.map((value) => (
          <label key={value} className="console-check">
            <input type="radio" name="csv-delimiter" value={value} checked={delimiter === value} onChange={() => setDelimiter(value)} />
            {t(`export.delimiters.${value}`)}
          </label>
        ))}
      </fieldset>
      <p className="console-export-links">
        <a href={`${OPEN_DATA}/listings.csv?delimiter=${delimiter}`} download>{t('export.csv')}</a>
        <a href={`${OPEN_DATA}/listings.geojson`} download>{t('export.geojson')}</a>
      </p>
    </section>
  );
}
