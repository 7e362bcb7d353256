import { useTranslation } from 'react-i18next';
import { useGeolocation, type Located } from './use-geolocation.ts';

export function LocateButton({ onLocated }: { onLocated: (position: Located) => void }) {
  const { t } = useTranslation();
  const [located, locate] = useGeolocation(onLocated);
  return (
    <div className="locate">
      <button type="button" onClick={locate} aria-busy={located.state === 'locating'}>
        <span aria-hidden="true">◎ </span>
        {t('where.locate')}
      </button>
      <p role="status" className={located.state === 'error' ? 'locate-error' : 'visually-hidden-when-empty'}>
        {located.state === 'locating' ? t('where.locating') : located.state === 'error' ? t(`where.error.${located.reason}`) : ''}
      </p>
    </div>
  );
}
