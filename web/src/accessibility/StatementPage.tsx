import i18n from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeldTenant } from '#schema/tenant-answer.ts';
import { localised } from '../crisis/i18n.ts';
import { ShopkeeperLayout } from '../register/ShopkeeperLayout.tsx';
import en from '../i18n/accessibility.en.json';
import fr from '../i18n/accessibility.fr.json';
import { statementOf } from './statement-of.ts';
import './statement.css';

// Both languages come with this page's own chunk: the map page never loads them.
i18n.addResourceBundle('fr', 'accessibility', fr, true, true);
i18n.addResourceBundle('en', 'accessibility', en, true, true);

const DEFENSEUR_FORM = 'https://formulaire.defenseurdesdroits.fr/';
const DEFENSEUR_DELEGATES = 'https://www.defenseurdesdroits.fr/saisir/delegues';

function Paragraphs({ text, empty }: { text: string; empty: string }) {
  const paragraphs = text.split(/\n+/).map((line) => line.trim()).filter(Boolean);
  if (paragraphs.length === 0) return <p>{empty}</p>;
  return <>{paragraphs.map((paragraph, index) => <p key={index}>{paragraph}</p>)}</>;
}

/** The déclaration d'accessibilité, written from the statement the CCI filled in its console. */
export default function StatementPage({ tenant }: { tenant: HeldTenant }) {
  const { t, i18n: { language } } = useTranslation('accessibility');
  const statement = statementOf(tenant);
  const site = window.location.host;
  const date = (iso: string) => new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

  useEffect(() => {
    document.title = `${t('title')} — ${tenant.name}`;
  }, [t, tenant.name]);

  return (
    <ShopkeeperLayout tenant={tenant} title={t('title')}>
      <div className="statement">
        {!statement ? (
          <p role="status">{t('unavailable')}</p>
        ) : (
          <>
            <p>{t('commitment', { tenant: tenant.name })}</p>
            <p>{t('scope', { site })}</p>
            <h2>{t('state')}</h2>
            <p>{t('stateText', { site, level: t(`levels.${statement.level}`) })}</p>
            <h2>{t('results')}</h2>
            <p>
              {statement.auditDate === null
                ? t('noAudit')
                : statement.conformityRate === null
                  ? t('resultsDate', { date: date(statement.auditDate) })
                  : t('resultsRate', { date: date(statement.auditDate), rate: statement.conformityRate })}
            </p>
            <h2>{t('inaccessible')}</h2>
            <h3>{t('nonConformities')}</h3>
            <Paragraphs text={localised(statement.nonConformities, language)} empty={t('noNonConformities')} />
            <h3>{t('derogations')}</h3>
            <Paragraphs text={localised(statement.derogations, language)} empty={t('noDerogations')} />
            <h2>{t('plan')}</h2>
            <p>{statement.planUrl ? <a href={statement.planUrl}>{t('planLink', { tenant: tenant.name })}</a> : t('noPlan')}</p>
            <h2>{t('contact')}</h2>
            <p>{t('contactText', { tenant: tenant.name })}</p>
            {statement.contactEmail || statement.contactUrl ? (
              <ul>
                {statement.contactEmail ? (
                  <li>
                    {t('contactEmail')}{' '}
                    <a href={`mailto:${statement.contactEmail}`}>{statement.contactEmail}</a>
                  </li>
                ) : null}
                {statement.contactUrl ? <li><a href={statement.contactUrl}>{t('contactForm', { tenant: tenant.name })}</a></li> : null}
              </ul>
            ) : (
              <p>{t('noContact')}</p>
            )}
            <h2>{t('recourse')}</h2>
            <p>{t('recourseText', { tenant: tenant.name })}</p>
            <ul>
              <li><a href={DEFENSEUR_FORM}>{t('recourseForm')}</a></li>
              <li><a href={DEFENSEUR_DELEGATES}>{t('recourseDelegate')}</a></li>
              <li>{t('recoursePost')}</li>
            </ul>
          </>
        )}
        <p><a href="/">{t('back')}</a></p>
      </div>
    </ShopkeeperLayout>
  );
}
