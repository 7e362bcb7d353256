import type { AccessibilitySettings } from '#schema/accessibility.ts';
import type { HeldTenant } from '#schema/tenant-answer.ts';
import { PAGE_PATHS } from '#schema/app-paths.ts';

/** The tenant's statement, or null when the copy saved for offline use predates statements. */
export function statementOf(tenant: HeldTenant): AccessibilitySettings | null {
  return tenant.accessibility ?? null;
}

export const STATEMENT_PATH = PAGE_PATHS.statement;
