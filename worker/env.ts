import type { RequestCost } from '#schema/server-timing.ts';
import type { Language } from '#schema/tenant.ts';
import type { StaffSession } from './db/staff-tokens.ts';
import type { Tenant } from './tenant.ts';

/** The one environment of every route and middleware: bindings, and what middleware sets per request. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    tenant: Tenant;
    language: Language;
    /** What the request costs in D1 and whether the edge cache answered, for Server-Timing. */
    cost: RequestCost;
    /** The visitor wrote within the cache's age: their reads pass the edge cache (d1-session.ts). */
    readsOwnWrites: boolean;
    /** Set by requireStaff (middleware/staff-session.ts): only console routes behind it read it. */
    staff: StaffSession;
    /** Set by requireListingSession (middleware/listing-session.ts): the shopkeeper's own listing. */
    listingId: string;
  };
};
