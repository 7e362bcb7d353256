import { useCallback, useEffect, useState } from 'react';
import { formatSummary, summarise, type HoursSummary } from '#schema/hours/summary.ts';
import type { ListingFeature } from '#schema/listing.ts';
import type { Language, PublicTenant } from '#schema/tenant.ts';
import { useLibraryHours } from './library-hours.ts';

type Evaluate = (feature: ListingFeature, tenant: PublicTenant, at: Date) => HoursSummary | null;

/** The API's own evaluation of a feature, which knows the tenant's public holidays. */
function apiSummary(feature: ListingFeature, tenant: PublicTenant, at: Date): HoursSummary | null {
  const { open_now: openNow, next_change: nextChange, status } = feature.properties;
  if (openNow === undefined || nextChange === undefined || status === 'permanently_closed') return null;
  return summarise(tenant.timezone, at, openNow, nextChange === null ? null : new Date(nextChange));
}

/**
 * Each list row's "Ouvert jusqu'à 19:00". Online the API has evaluated the hours; offline its
 * answers are out of date, so the shared hours model, loaded only then, evaluates them here.
 */
export function useRowSummary(tenant: PublicTenant, language: Language, offline: boolean): (feature: ListingFeature) => string | null {
  const [evaluate, setEvaluate] = useState<Evaluate | null>(null);
  const library = useLibraryHours();
  useEffect(() => {
    if (!offline || evaluate) return;
    let current = true;
    void import('./hours.ts').then((module) => current && setEvaluate(() => module.evaluatedSummary));
    return () => {
      current = false;
    };
  }, [offline, evaluate]);
  return useCallback(
    (feature: ListingFeature) => {
      const at = new Date();
      const summary = offline ? (evaluate?.(feature, tenant, at) ?? null) : apiSummary(feature, tenant, at);
      return summary ? formatSummary(summary, language) : null;
    },
    // `library`: hours outside the compiled model read again once their evaluator is loaded.
    [tenant, language, offline, evaluate, library],
  );
}
