import { useTranslation } from 'react-i18next';
import type { HeldTenant } from '#schema/tenant-answer.ts';
import { STATEMENT_PATH, statementOf } from './statement-of.ts';
import './footer.css';

/** The conformity mention the décret 2019-768 requires on every page, linking to the statement. */
export function AccessibilityFooter({ tenant }: { tenant: HeldTenant }) {
  const { t } = useTranslation();
  const statement = statementOf(tenant);
  return (
    <footer className="site-footer">
      <a href={STATEMENT_PATH}>
        {statement ? t('footer.accessibility', { level: t(`footer.levels.${statement.level}`) }) : t('footer.accessibilityUnknown')}
      </a>
    </footer>
  );
}
