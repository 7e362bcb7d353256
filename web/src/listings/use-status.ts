import { useCallback, useEffect, useMemo, useState } from 'react';
import { DEFAULT_CLOSES_SOON_MINUTES, openStatusAt, type OpenStatus, type StatusFacts } from '#schema/hours/open-status.ts';
import type { ListingFeature } from '#schema/listing.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { useLibraryHours } from './library-hours.ts';

export type StatusOf = (feature: ListingFeature) => OpenStatus;

const MINUTE_MS = 60_000;

/**
 * The instant the screens speak of: the "open at" one the resident picked, or now, moving on at
 * each minute and when the page comes back to sight, so a shop closing at 19:00 turns closed at
 * 19:00 without a reload, offline too.
 */
export function useInstant(at: string | null): Date {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      clearTimeout(timer);
      timer = setTimeout(tick, MINUTE_MS - (current % MINUTE_MS));
    };
    const onVisible = () => document.visibilityState === 'visible' && tick();
    timer = setTimeout(tick, MINUTE_MS - (Date.now() % MINUTE_MS));
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [at]);
  return useMemo(() => new Date(at ?? now), [at, now]);
}

/** What the API evaluated with each feature: right at the instant it was asked for, until its next change. */
function apiFacts(feature: ListingFeature): StatusFacts {
  const props = feature.properties;
  return {
    status: props.status,
    statusUntil: props.status_until ?? null,
    hasHours: (props.opening_hours ?? '') !== '',
    openNow: props.open_now ?? false,
    nextChange: props.next_change ? new Date(props.next_change) : null,
    stale: props.stale ?? false,
    services: props.services,
  };
}

type Evaluate = (feature: ListingFeature, tenant: PublicTenant, at: Date) => OpenStatus;

/**
 * Each listing's status at `at`. The hours model loads after the first paint (it is not in the
 * map page's first load); until then the API's own evaluation answers, which holds for the
 * instant it was asked for. From then on the browser evaluates every listing's cached hours
 * itself, so the answer follows the clock and works offline.
 */
export function useStatusOf(tenant: PublicTenant, at: Date): StatusOf {
  const [evaluate, setEvaluate] = useState<Evaluate | null>(null);
  // Hours outside the compiled model are evaluated again once OpenStreetMap's evaluator has loaded.
  const library = useLibraryHours();
  useEffect(() => {
    let current = true;
    void import('./hours.ts').then((module) => current && setEvaluate(() => module.featureStatus));
    return () => {
      current = false;
    };
  }, []);
  return useCallback(
    (feature: ListingFeature) =>
      evaluate && feature.properties.opening_hours !== undefined
        ? evaluate(feature, tenant, at)
        : openStatusAt(apiFacts(feature), at, { timeZone: tenant.timezone, closesSoonMinutes: tenant.hours.closesSoonMinutes ?? DEFAULT_CLOSES_SOON_MINUTES }),
    // `library`: hours outside the compiled model read again once their evaluator is loaded.
    [evaluate, tenant, at, library],
  );
}
