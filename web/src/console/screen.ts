import type { ConsoleMe } from '#schema/console/auth.ts';
import type { PublicTenant } from '#schema/tenant.ts';

/** What every console screen receives from the shell. */
export type ScreenProps = { tenant: PublicTenant; me: ConsoleMe };
