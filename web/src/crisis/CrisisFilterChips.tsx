import { useTranslation } from 'react-i18next';
import type { Service } from '#schema/categories.ts';
import { useCrisisTranslation } from './i18n.ts';
import './crisis.css';

type Props = { applied: Service[]; active: Service[]; onRemove: (service: Service) => void };

/**
 * The services crisis mode filtered on by itself, shown as filters one can see and remove: a
 * search that finds nothing then says why. Gone once the resident removes or changes them.
 */
export function CrisisFilterChips({ applied, active, onRemove }: Props) {
  const { t } = useTranslation();
  const { t: tc, ready } = useCrisisTranslation();
  const shown = applied.filter((service) => active.includes(service));
  if (!ready || shown.length === 0) return null;
  return (
    <ul className="filter-chips" aria-label={tc('chips.label')}>
      {shown.map((service) => {
        const name = t(`service.${service}`);
        return (
          <li key={service}>
            <button type="button" className="filter-chip" aria-label={tc('chips.remove', { name })} onClick={() => onRemove(service)}>
              {tc('chips.chip', { name })} <span aria-hidden="true">✕</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
