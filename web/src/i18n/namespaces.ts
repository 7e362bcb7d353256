import i18n from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '#schema/tenant.ts';
import { asLanguage } from './language.ts';

/** One import per language, so that a bundle is downloaded only when the page shows it. */
export type BundleLoaders = Record<Language, () => Promise<{ default: Record<string, unknown> }>>;

/** Adds a namespace's strings for a language, once. */
export async function ensureNamespace(namespace: string, language: Language, loaders: BundleLoaders): Promise<void> {
  if (i18n.hasResourceBundle(language, namespace)) return;
  const { default: messages } = await loaders[language]();
  i18n.addResourceBundle(language, namespace, messages, true, true);
}

/** `t` of a namespace loaded with the pages that use it, and whether its strings for the current language are in. */
export function useLazyNamespace(namespace: string, loaders: BundleLoaders) {
  const translation = useTranslation(namespace);
  const [ready, setReady] = useState(() => i18n.hasResourceBundle(i18n.language, namespace));
  useEffect(() => {
    const load = (language: string) => void ensureNamespace(namespace, asLanguage(language), loaders).then(() => setReady(true));
    load(i18n.language);
    i18n.on('languageChanged', load);
    return () => i18n.off('languageChanged', load);
  }, [namespace, loaders]);
  return { ...translation, ready };
}
