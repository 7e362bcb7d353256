import { useTranslation } from 'react-i18next';
import { formatOpenStatus, statusTone, type OpenStatus, type StatusTone } from '#schema/hours/open-status.ts';
import type { Language } from '#schema/tenant.ts';
import { asLanguage } from '../i18n/language.ts';

/** Each tone has a symbol and a shape as well as a colour (styles.css), for colour-blind readers. */
export const TONE_SYMBOL: Record<StatusTone, string> = {
  open: '✓',
  closing: '!',
  services: '◐',
  closed: '✕',
  paused: '‖',
  gone: '■',
  unsure: '?',
};

export function useStatusLanguage(): Language {
  const { i18n } = useTranslation();
  return asLanguage(i18n.language);
}

/** The status at the instant looked at, in words after its symbol: "✕ Fermé · ouvre à 11:30". */
export function StatusBadge({ status }: { status: OpenStatus }) {
  const language = useStatusLanguage();
  const tone = statusTone(status);
  return (
    <span className={`status-badge tone-${tone}`} data-tone={tone}>
      <span aria-hidden="true">{TONE_SYMBOL[tone]}</span> {formatOpenStatus(status, language)}
    </span>
  );
}
