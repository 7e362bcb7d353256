import { useTranslation } from 'react-i18next';
import type { ListingStatus } from '#schema/status.ts';

/** Status is told by a symbol and a word as well as a colour, for colour-blind readers. */
export const STATUS_SYMBOL: Record<ListingStatus, string> = {
  open: '✓',
  adapted: '◐',
  temporarily_closed: '✕',
  permanently_closed: '■',
};

export function StatusBadge({ status }: { status: ListingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]}</span> {t(`status.${status}`)}
    </span>
  );
}
