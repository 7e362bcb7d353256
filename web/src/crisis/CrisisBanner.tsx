import { useState } from 'react';
import type { PublicCrisis } from '#schema/crisis.ts';
import { localised, useCrisisTranslation } from './i18n.ts';
import './crisis.css';

const STORAGE_KEY = 'vitrine.crisis.dismissed';

function dismissedKey(slug: string, crisis: PublicCrisis): string {
  return `${slug}:${crisis.id}`;
}

function isDismissed(key: string): boolean {
  try {
    return (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as string[]).includes(key);
  } catch {
    return false;
  }
}

/** Remembered per tenant and per crisis: a new crisis shows its banner again. */
function remember(key: string): void {
  try {
    const keys = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as string[];
    localStorage.setItem(STORAGE_KEY, JSON.stringify([...keys.filter((k) => k !== key), key].slice(-20)));
  } catch {
    // Private browsing without storage: the banner is simply hidden for this visit.
  }
}

export function CrisisBanner({ slug, crisis }: { slug: string; crisis: PublicCrisis }) {
  const { t, i18n, ready } = useCrisisTranslation();
  const key = dismissedKey(slug, crisis);
  const [hidden, setHidden] = useState(() => isDismissed(key));
  if (hidden || !ready) return null;
  const highlighted = [...crisis.highlight.statuses.map((s) => t(`status.${s}`)), ...crisis.highlight.services.map((s) => t(`service.${s}`))];
  return (
    <section className="crisis-banner" role="region" aria-label={t('banner.label')}>
      <h2>{localised(crisis.title, i18n.language)}</h2>
      <p>{localised(crisis.message, i18n.language)}</p>
      {highlighted.length > 0 ? <p>{t('banner.highlighted', { list: highlighted.join(', ') })}</p> : null}
      <button
        type="button"
        onClick={() => {
          remember(key);
          setHidden(true);
        }}
      >
        {t('banner.dismiss')}
      </button>
    </section>
  );
}
