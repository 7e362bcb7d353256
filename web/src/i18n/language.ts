import i18n from 'i18next';
import type { Language } from '#schema/tenant.ts';

/** The app's language for an i18next language tag: English when asked, French otherwise. */
export const asLanguage = (tag: string): Language => (tag === 'en' ? 'en' : 'fr');

/** The language the page shows now. */
export const currentLanguage = (): Language => asLanguage(i18n.language);
