import i18n from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '#schema/tenant.ts';

/**
 * The registration and self-service pages have their own namespace, loaded with them: the
 * resident's map never downloads these strings.
 */
const LOADERS: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import('../i18n/register.fr.json'),
  en: () => import('../i18n/register.en.json'),
};

export const NAMESPACE = 'register';

async function ensureRegisterBundle(language: string): Promise<void> {
  const lang: Language = language === 'en' ? 'en' : 'fr';
  if (i18n.hasResourceBundle(lang, NAMESPACE)) return;
  const { default: messages } = await LOADERS[lang]();
  i18n.addResourceBundle(lang, NAMESPACE, messages, true, true);
}

/** `t` of the register namespace, once its strings for the current language are in. */
export function useRegisterTranslation() {
  const translation = useTranslation(NAMESPACE);
  const [ready, setReady] = useState(() => i18n.hasResourceBundle(i18n.language, NAMESPACE));
  useEffect(() => {
    const load = (language: string) => void ensureRegisterBundle(language).then(() => setReady(true));
    load(i18n.language);
    i18n.on('languageChanged', load);
    return () => i18n.off('languageChanged', load);
  }, []);
  return { ...translation, ready };
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'fr';
}
