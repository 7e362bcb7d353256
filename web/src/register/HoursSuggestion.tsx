import { useEffect, useState } from 'react';
import { parseOpeningHours, setHoursReader } from '#schema/hours/index.ts';
import type { HoursReading } from '#schema/hours/osm-library.ts';
import { useRegisterTranslation } from './i18n.ts';

/**
 * Under the OSM hours field: when what the shopkeeper typed is not in the syntax but OpenStreetMap's
 * evaluator reads it (`Mon-Sat 7AM-8PM`, `Mo-Sa 9-19; Aug off`), the rewritten rule is shown beside
 * it, to use or not (the API takes it only as rewritten); what only the evaluator reads, once
 * written as it writes it, is taken as it is;
 * an ambiguous text (`9-5`) is flagged with the part in question, and the evaluator's reading of
 * it (`09:00-05:00`) offered beside, never taken unless the shopkeeper uses it. The evaluator
 * loads only when a text needs it.
 */
export function HoursSuggestion({ text, onUse }: { text: string; onUse: (normalised: string) => void }) {
  const { t } = useRegisterTranslation();
  const [reading, setReading] = useState<HoursReading | null>(null);
  useEffect(() => {
    setReading(null);
    if (text.trim() === '' || parseOpeningHours(text).ok) return;
    let current = true;
    void import('#schema/hours/osm-library.ts').then((library) => {
      // From now on the form accepts, as the API does, what only the evaluator reads.
      setHoursReader(library.readOpeningHours);
      if (current) setReading(library.readOpeningHours(text));
    });
    return () => {
      current = false;
    };
  }, [text]);

  if ((reading?.kind === 'model' || reading?.kind === 'library') && reading.text !== text.trim()) {
    return (
      <div className="hours-suggestion" role="status">
        <p>
          {t('hours.suggestion')} <code>{reading.text}</code>
        </p>
        <p className="field-hint">
          {t('hours.suggestionOriginal')} <code>{text}</code>
        </p>
        <button type="button" onClick={() => onUse(reading.text)}>{t('hours.useSuggestion')}</button>
      </div>
    );
  }
  if (reading?.kind === 'ambiguous') {
    const parts = [...new Set(reading.changes.filter((change) => change.kind === 'ambiguous').map((change) => change.part))].join(', ');
    return (
      <div className="hours-suggestion" role="status">
        <p>{t('hours.ambiguous', { parts })}</p>
        {reading.proposal ? (
          <>
            <p>
              {t('hours.proposal')} <code>{reading.proposal}</code>
            </p>
            <button type="button" onClick={() => onUse(reading.proposal!)}>{t('hours.useProposal')}</button>
          </>
        ) : null}
      </div>
    );
  }
  return null;
}
