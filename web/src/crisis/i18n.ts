import i18n from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '#schema/tenant.ts';

/** Crisis, alerts and "My places" texts: their own namespace, loaded only when a page shows them. */
const LOADERS: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import('../i18n/crisis.fr.json'),
  en: () => import('../i18n/crisis.en.json'),
};

export const NAMESPACE = 'crisis';

async function ensureBundle(language: string): Promise<void> {
  const lang: Language = language === 'en' ? 'en' : 'fr';
  if (i18n.hasResourceBundle(lang, NAMESPACE)) return;
  const { default: messages } = await LOADERS[lang]();
  i18n.addResourceBundle(lang, NAMESPACE, messages, true, true);
}

/** `t` of the crisis namespace, and whether its strings for the current language are in. */
export function useCrisisTranslation() {
  const translation = useTranslation(NAMESPACE);
  const [ready, setReady] = useState(() => i18n.hasResourceBundle(i18n.language, NAMESPACE));
  useEffect(() => {
    const load = (language: string) => void ensureBundle(language).then(() => setReady(true));
    load(i18n.language);
    i18n.on('languageChanged', load);
    return () => i18n.off('languageChanged', load);
  }, []);
  return { ...translation, ready };
}

/** The French text, or the English one when the page is in English and the CCI wrote one. */
export function localised(texts: { fr: string; en: string | null }, language: string): string {
  return language === 'en' && texts.en ? texts.en : texts.fr;
}
