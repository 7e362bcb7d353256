import i18n from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_PATHS } from '#schema/app-paths.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { ShopkeeperLayout } from '../register/ShopkeeperLayout.tsx';
import en from '../i18n/not-found.en.json';
import fr from '../i18n/not-found.fr.json';

// Both languages come with this page's own chunk: the map page never loads them.
i18n.addResourceBundle('fr', 'not-found', fr, true, true);
i18n.addResourceBundle('en', 'not-found', en, true, true);

/** What a mistyped or outdated link shows (the server answers it 404): where to go instead. */
export default function NotFoundPage({ tenant }: { tenant: PublicTenant }) {
  const { t } = useTranslation('not-found');

  useEffect(() => {
    document.title = `${t('title')} — ${tenant.name}`;
  }, [t, tenant.name]);

  return (
    <ShopkeeperLayout tenant={tenant} title={t('title')}>
      <p>{t('explanation', { path: window.location.pathname })}</p>
      <ul className="not-found-links">
        <li><a href="/">{t('map')}</a></li>
        <li><a href={PAGE_PATHS.register}>{t('register')}</a></li>
        <li><a href={PAGE_PATHS.manage}>{t('manage')}</a></li>
      </ul>
    </ShopkeeperLayout>
  );
}
