import type { Language } from './tenant.ts';

/** How each language writes dates: English as in Britain ("Monday 7 December"), French as in France. */
export const INTL_LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** The Intl locale for a language code as i18next reports it; French, the tenant's language, for anything else. */
export function intlLocale(language: string): string {
  return language === 'en' ? INTL_LOCALES.en : INTL_LOCALES.fr;
}
