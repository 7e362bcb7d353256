import type { ConformityLevel } from './accessibility.ts';
import type { Language } from './tenant.ts';

import { PAGE_PATHS } from './app-paths.ts';

/** Where each tenant publishes its accessibility statement. */
export const STATEMENT_PATH = PAGE_PATHS.statement;

const MENTIONS: Record<Language, Record<ConformityLevel, string>> = {
  fr: { none: 'Accessibilité : non conforme', partial: 'Accessibilité : partiellement conforme', full: 'Accessibilité : totalement conforme' },
  en: { none: 'Accessibility: not compliant', partial: 'Accessibility: partially compliant', full: 'Accessibility: fully compliant' },
};

/**
 * The conformity mention the décret 2019-768 requires on every page, in the words of the law:
 * the same on the app's pages (web), the embedded list and the console.
 */
export function conformityMention(level: ConformityLevel, language: Language): string {
  return MENTIONS[language][level];
}
