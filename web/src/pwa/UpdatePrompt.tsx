import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerServiceWorker } from './register-sw.ts';

/** "A new version is available": the page never reloads under the resident's fingers. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [apply, setApply] = useState<(() => void) | null>(null);
  useEffect(() => {
    registerServiceWorker((update) => setApply(() => update)).catch((error: unknown) => console.warn('Service worker not registered', error));
  }, []);
  if (!apply) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{t('pwa.updateAvailable')}</span>
      <button type="button" onClick={apply}>
        {t('pwa.reload')}
      </button>
      <button type="button" onClick={() => setApply(null)}>
        {t('pwa.later')}
      </button>
    </div>
  );
}
