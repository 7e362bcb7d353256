import { useEffect, useRef, useState } from 'react';
import type { Service } from '#schema/categories.ts';
import type { PublicCrisis } from '#schema/crisis.ts';
import type { Filters } from '../view/filters.ts';

/**
 * On arrival without filters in the link, the services the crisis puts forward become the
 * filters: a shared link with its own filters, or a resident's later choice, is left alone.
 * Answers the services it applied, so that the page can show them as filters one can remove.
 */
export function useCrisisDefaults(crisis: PublicCrisis | null | undefined, filters: Filters, apply: (filters: Filters) => void): Service[] {
  const done = useRef(false);
  const [applied, setApplied] = useState<Service[]>([]);
  useEffect(() => {
    if (done.current || !crisis) return;
    done.current = true;
    const params = new URLSearchParams(window.location.search);
    const untouched = !params.has('svc') && !params.has('cat') && !params.has('q') && filters.services.length === 0;
    if (untouched && crisis.highlight.services.length > 0) {
      setApplied(crisis.highlight.services);
      apply({ ...filters, services: crisis.highlight.services });
    }
  }, [crisis, filters, apply]);
  return applied;
}
