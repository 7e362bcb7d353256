import type { AccessibilitySettings } from './accessibility.ts';
import type { PublicCrisis } from './crisis.ts';
import type { PublicTenant } from './tenant.ts';

/** GET /api/v1/tenant: the public tenant, its running crisis or null, and its accessibility statement. */
export type TenantAnswer = PublicTenant & { crisis: PublicCrisis | null; accessibility: AccessibilitySettings };

/**
 * The tenant as the web app holds it: the answer, or the copy saved for offline use, which an
 * older version saved before crisis mode or the statement were part of it.
 */
export type HeldTenant = PublicTenant & Partial<Pick<TenantAnswer, 'crisis' | 'accessibility'>>;
