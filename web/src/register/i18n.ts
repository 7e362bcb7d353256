import { useLazyNamespace, type BundleLoaders } from '../i18n/namespaces.ts';

export { currentLanguage } from '../i18n/language.ts';

/**
 * The registration and self-service pages have their own namespace, loaded with them: the
 * resident's map never downloads these strings.
 */
const LOADERS: BundleLoaders = {
  fr: () => import('../i18n/register.fr.json'),
  en: () => import('../i18n/register.en.json'),
};

export const NAMESPACE = 'register';

/** `t` of the register namespace, once its strings for the current language are in. */
export const useRegisterTranslation = () => useLazyNamespace(NAMESPACE, LOADERS);
