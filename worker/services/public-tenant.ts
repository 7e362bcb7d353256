import { departementsOf } from '#schema/communes.ts';
import type { TenantWithCrisis } from '#schema/crisis.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { publicTiles } from '#schema/tile-sources.ts';
import { activeCrisisOf, activeCrisisStatement } from '../db/crisis.ts';
import { territoryCommunesOf, territoryCommunesStatement } from '../db/territory.ts';
import { tileSettingsOf, type Tenant } from '../tenant.ts';
import { holidayDatesAhead } from './tenant-hours.ts';

/** The public tenant; `communes` are its territory's INSEE codes (tenant_communes). */
export function toPublicTenant(tenant: Tenant, communes: readonly string[], now: Date = new Date()): PublicTenant {
  return {
    slug: tenant.slug,
    name: tenant.name,
    logoUrl: tenant.logoUrl,
    colours: { primary: tenant.colourPrimary, onPrimary: tenant.colourOnPrimary },
    map: {
      centre: { lat: tenant.centreLat, lng: tenant.centreLng },
      zoom: tenant.defaultZoom,
      bounds: tenant.bounds,
      tiles: publicTiles(tileSettingsOf(tenant)),
    },
    mainTown: tenant.mainTown,
    timezone: tenant.timezone,
    defaultLanguage: tenant.defaultLanguage,
    hours: {
      staleAfterDays: tenant.staleAfterDays,
      publicHolidaysClosed: tenant.publicHolidaysClosed,
      closesSoonMinutes: tenant.closesSoonMinutes,
      holidays: holidayDatesAhead(tenant, now),
    },
    territory: { departements: departementsOf(communes), communes: [...communes] },
  };
}

/** The public tenant with its territory's communes and its running crisis, read as statements that ride in one batch. */
export function tenantWithCrisisRead(db: D1Database, tenant: Tenant, now: Date): { statements: D1PreparedStatement[]; answer(results: readonly D1Result[]): TenantWithCrisis } {
  return {
    statements: [territoryCommunesStatement(db, tenant.id), activeCrisisStatement(db, tenant.id, tenant.timezone, now)],
    answer: ([communes, crisis]) => ({ ...toPublicTenant(tenant, communes ? territoryCommunesOf(communes) : [], now), crisis: crisis ? activeCrisisOf(crisis) : null }),
  };
}
