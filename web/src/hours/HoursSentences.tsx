import { describeOpeningHours } from '#schema/hours/index.ts';
import type { Language } from '#schema/tenant.ts';

/**
 * Opening hours as sentences, one a line, from the shared hours model. Text the model cannot
 * read is shown as it is, so nothing a shopkeeper typed is hidden.
 */
export function HoursSentences({ openingHours, language, empty = '—', id }: { openingHours: string; language: Language; empty?: string; id?: string }) {
  if (openingHours.trim() === '') return <span id={id}>{empty}</span>;
  const lines = describeOpeningHours(openingHours, language);
  if (!lines) return <code id={id}>{openingHours}</code>;
  return (
    <ul className="hours-sentences" id={id}>
      {lines.map((line) => <li key={line}>{line}</li>)}
    </ul>
  );
}
