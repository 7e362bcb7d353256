import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '#schema/tenant.ts';
import { ensureNamespace, type BundleLoaders } from './namespaces.ts';

/** Only the language in use is loaded: the other one costs nothing until the resident switches. */
const LOADERS: BundleLoaders = {
  fr: () => import('./fr.json'),
  en: () => import('./en.json'),
};

const ensureLoaded = (language: Language) => ensureNamespace('translation', language, LOADERS);

/** The CCI console's texts come with the console's own chunk: the resident page never loads them. */
const CONSOLE_LOADERS: BundleLoaders = {
  fr: () => import('./console.fr.json'),
  en: () => import('./console.en.json'),
};

export async function loadConsoleTranslations(): Promise<void> {
  for (const language of LANGUAGES) await ensureNamespace('console', language, CONSOLE_LOADERS);
}

export const LANGUAGES: readonly Language[] = ['fr', 'en'];
const STORAGE_KEY = 'vitrine.language';

/**
 * The language the address asks for (`?lang=en`, as the Worker reads it for a shared page's
 * preview), else the visitor's saved choice, else the browser's first supported language, else the tenant's.
 */
export function pickLanguage(tenantDefault: Language, browserLanguages: readonly string[], saved: string | null, requested: string | null = null): Language {
  if (requested && (LANGUAGES as string[]).includes(requested)) return requested as Language;
  if (saved && (LANGUAGES as string[]).includes(saved)) return saved as Language;
  for (const tag of browserLanguages) {
    const base = tag.slice(0, 2).toLowerCase();
    if ((LANGUAGES as string[]).includes(base)) return base as Language;
  }
  return tenantDefault;
}

export function savedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
  await ensureLoaded(language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

export async function initI18n(language: Language): Promise<typeof i18n> {
  if (!i18n.isInitialized) {
    await i18n.use(initReactI18next).init({
      resources: {},
      lng: language,
      fallbackLng: 'fr',
      interpolation: { escapeValue: false },
    });
  }
  await ensureLoaded(language);
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  return i18n;
}
