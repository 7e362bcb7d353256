import { useTranslation } from 'react-i18next';

/** The way in for a shopkeeper who lands on the map: register, or update a listing from a private link. */
export function ShopkeeperLinks() {
  const { t } = useTranslation();
  return (
    <nav className="shopkeeper-links" aria-labelledby="shopkeeper-links-heading">
      <h2 id="shopkeeper-links-heading">{t('shopkeeper.heading')}</h2>
      <ul>
        <li>
          <a href="/inscription">{t('shopkeeper.register')}</a>
        </li>
        <li>
          <a href="/ma-fiche">{t('shopkeeper.manage')}</a>
        </li>
      </ul>
    </nav>
  );
}
