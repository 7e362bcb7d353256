import { lazy } from 'react';
import { PAGE_PATHS } from '#schema/app-paths.ts';

/** Pages reached from emails: loaded only when opened, residents on the map never download them. */
export const CRISIS_PAGES = {
  [PAGE_PATHS.crisisAnswer]: lazy(() => import('./AnswerPage.tsx')),
  [PAGE_PATHS.alerts]: lazy(() => import('./AlertsPage.tsx')),
} as const;

export function crisisPageFor(pathname: string) {
  return (CRISIS_PAGES as Record<string, (typeof CRISIS_PAGES)[keyof typeof CRISIS_PAGES]>)[pathname] ?? null;
}
