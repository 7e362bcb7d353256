import { useLazyNamespace, type BundleLoaders } from '../i18n/namespaces.ts';

/** Crisis, alerts and "My places" texts: their own namespace, loaded only when a page shows them. */
const LOADERS: BundleLoaders = {
  fr: () => import('../i18n/crisis.fr.json'),
  en: () => import('../i18n/crisis.en.json'),
};

export const NAMESPACE = 'crisis';

/** `t` of the crisis namespace, and whether its strings for the current language are in. */
export const useCrisisTranslation = () => useLazyNamespace(NAMESPACE, LOADERS);

/** The French text, or the English one when the page is in English and the CCI wrote one. */
export function localised(texts: { fr: string; en: string | null }, language: string): string {
  return language === 'en' && texts.en ? texts.en : texts.fr;
}
