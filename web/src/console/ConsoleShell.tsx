import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ComponentType, type LazyExoticComponent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleMe } from '#schema/console/auth.ts';
import type { Language, PublicTenant } from '#schema/tenant.ts';
import { LANGUAGES, setLanguage } from '../i18n/index.ts';
import { AccessibilityFooter } from '../accessibility/AccessibilityFooter.tsx';
import { consoleApi } from './console-api.ts';
import { call } from '../api.ts';
import type { ScreenProps } from './screen.ts';
import { SECTIONS, sectionFromPath, type SectionId } from './sections.ts';

const SCREENS: Record<SectionId, LazyExoticComponent<ComponentType<ScreenProps>>> = {
  moderation: lazy(() => import('./moderation/ModerationPage.tsx')),
  listings: lazy(() => import('./listings/ListingsPage.tsx')),
  stats: lazy(() => import('./stats/StatsPage.tsx')),
  settings: lazy(() => import('./settings/SettingsPage.tsx')),
  crisis: lazy(() => import('./crisis/CrisisPage.tsx')),
  import: lazy(() => import('./import/ImportPage.tsx')),
  embed: lazy(() => import('./embed/EmbedPage.tsx')),
  staff: lazy(() => import('./staff/StaffPage.tsx')),
  network: lazy(() => import('./network/NetworkPage.tsx')),
};

type Props = { tenant: PublicTenant; me: ConsoleMe; onSignedOut: () => void };

export function ConsoleShell({ tenant, me, onSignedOut }: Props) {
  const { t, i18n } = useTranslation('console');
  const allowed = useMemo(() => SECTIONS.filter((section) => me.can[section.permission]), [me]);
  const [section, setSection] = useState<SectionId>(() => {
    const fromPath = sectionFromPath(window.location.pathname);
    return allowed.some((s) => s.id === fromPath) && fromPath ? fromPath : (allowed[0]?.id ?? 'moderation');
  });
  const heading = useRef<HTMLHeadingElement>(null);
  // Each screen says which it is in the window's title, as in the heading (RGAA 8.6).
  const sectionName = t(`sections.${section}`);
  useEffect(() => {
    document.title = `${sectionName} — ${t('shell.title', { name: tenant.name })}`;
  }, [sectionName, t, tenant.name]);

  useEffect(() => {
    const onPop = () => setSection(sectionFromPath(window.location.pathname) ?? allowed[0]?.id ?? 'moderation');
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [allowed]);

  function go(event: MouseEvent<HTMLAnchorElement>, id: SectionId) {
    event.preventDefault();
    history.pushState(null, '', `/console/${id}`);
    setSection(id);
    // Focus moves to the new screen's heading, as a page load would take a screen reader there.
    requestAnimationFrame(() => heading.current?.focus());
  }

  async function signOut() {
    await call(consoleApi.session.$delete);
    onSignedOut();
  }

  const Screen = SCREENS[section];
  return (
    <div className="console" style={{ ['--brand' as string]: tenant.colours.primary, ['--on-brand' as string]: tenant.colours.onPrimary }}>
      <a className="skip-link" href="#console-main">{t('shell.skip')}</a>
      <header className="console-header">
        <p className="console-brand">{t('shell.title', { name: tenant.name })}</p>
        <p className="console-who">{t('shell.signedInAs', { email: me.email, role: t(`roles.${me.role}`) })}</p>
        <label className="console-language">
          {t('shell.language')}{' '}
          <select value={i18n.language} onChange={(e) => void setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((language) => <option key={language} value={language}>{language.toUpperCase()}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => void signOut()}>{t('shell.signOut')}</button>
      </header>
      <nav className="console-nav" aria-label={t('shell.menu')}>
        <ul>
          {allowed.map((s) => (
            <li key={s.id}>
              <a href={`/console/${s.id}`} aria-current={s.id === section ? 'page' : undefined} onClick={(e) => go(e, s.id)}>{t(`sections.${s.id}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="console-main" className="console-main" tabIndex={-1}>
        <h1 ref={heading} tabIndex={-1}>{t(`sections.${section}`)}</h1>
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <Screen tenant={tenant} me={me} />
        </Suspense>
      </main>
      <AccessibilityFooter tenant={tenant} />
    </div>
  );
}
