import { useTranslation } from 'react-i18next';
import type { Language } from '#schema/tenant.ts';
import { LANGUAGES, setLanguage } from './i18n/index.ts';

const NAMES: Record<Language, string> = { fr: 'Français', en: 'English' };

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switcher">
      <span>{t('app.language')}</span>
      <select value={i18n.language} onChange={(event) => void setLanguage(event.target.value as Language)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
