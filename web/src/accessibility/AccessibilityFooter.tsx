import { useTranslation } from 'react-i18next';
import { conformityMention } from '#schema/accessibility-mention.ts';
import type { HeldTenant } from '#schema/tenant-answer.ts';
import { asLanguage } from '../i18n/language.ts';
import { STATEMENT_PATH, statementOf } from './statement-of.ts';
import './footer.css';

/** The conformity mention the décret 2019-768 requires on every page, linking to the statement. */
export function AccessibilityFooter({ tenant }: { tenant: HeldTenant }) {
  const { t, i18n } = useTranslation();
  const statement = statementOf(tenant);
  return (
    <footer className="site-footer">
      <a href={STATEMENT_PATH}>
        {statement ? conformityMention(statement.level, asLanguage(i18n.language)) : t('footer.accessibilityUnknown')}
      </a>
    </footer>
  );
}
