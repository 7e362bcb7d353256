import { lazy } from 'react';

/** Pages reached from emails: loaded only when opened, residents on the map never download them. */
export const CRISIS_PAGES = {
  '/crise/reponse': lazy(() => import('./AnswerPage.tsx')),
  '/alertes': lazy(() => import('./AlertsPage.tsx')),
} as const;

export function crisisPageFor(pathname: string) {
  return (CRISIS_PAGES as Record<string, (typeof CRISIS_PAGES)[keyof typeof CRISIS_PAGES]>)[pathname] ?? null;
}
