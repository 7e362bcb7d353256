import type { CSSProperties, ReactNode } from 'react';
import type { PublicTenant } from '#schema/tenant.ts';
import { LanguageSwitcher } from '../LanguageSwitcher.tsx';

/** The tenant's colours and masthead around the registration and self-service pages. */
export function ShopkeeperLayout({ tenant, title, children }: { tenant: PublicTenant; title: string; children: ReactNode }) {
  const brand = { '--brand': tenant.colours.primary, '--on-brand': tenant.colours.onPrimary } as CSSProperties;
  return (
    <div className="page register-page" style={brand}>
      <header className="masthead">
        <h1>{title} — {tenant.name}</h1>
        <LanguageSwitcher />
      </header>
      <main className="register-main">{children}</main>
    </div>
  );
}
