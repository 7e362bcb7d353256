import type { AccessibilitySettings, TenantWithAccessibility } from '#schema/accessibility.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { PAGE_PATHS } from '#schema/app-paths.ts';

/** The tenant's statement, or null when the copy saved for offline use predates statements. */
export function statementOf(tenant: PublicTenant): AccessibilitySettings | null {
  return (tenant as Partial<TenantWithAccessibility>).accessibility ?? null;
}

export const STATEMENT_PATH = PAGE_PATHS.statement;
