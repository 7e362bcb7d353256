import type { CSSProperties, ReactNode } from 'react';
import type { PublicTenant } from '#schema/tenant.ts';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../LanguageSwitcher.tsx';

/** The tenant's colours and masthead around the registration and self-service pages. */
export function ShopkeeperLayout({ tenant, title, children }: { tenant: PublicTenant; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const brand = { '--brand': tenant.colours.primary, '--on-brand': tenant.colours.onPrimary } as CSSProperties;
  return (
    <div className="page register-page" style={brand}>
      <a className="skip-link" href="#shopkeeper-main">{t('app.skipToContent')}</a>
      <header className="masthead">
        <h1>{title} — {tenant.name}</h1>
        <LanguageSwitcher />
      </header>
      <main id="shopkeeper-main" className="register-main" tabIndex={-1}>{children}</main>
    </div>
  );
}
