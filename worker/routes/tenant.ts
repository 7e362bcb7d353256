import { Hono } from 'hono';
import type { TenantAnswer } from '#schema/tenant-answer.ts';
import type { PublicTiles } from '#schema/tile-sources.ts';
import { withEdgeCache } from '../cache.ts';
import { accessibilityRead } from '../db/accessibility.ts';
import { tenantToday } from '../db/crisis.ts';
import type { AppEnv } from '../env.ts';
import { batchWithTenant } from '../middleware/public-read-tenant.ts';
import { servicesFor } from '../services/index.ts';
import { tenantWithCrisisRead } from '../services/public-tenant.ts';
import { archiveDetails, ArchiveMissing, openArchive } from '../tiles/r2-archive.ts';
import { documented } from '../openapi/describe.ts';

/** The deployment's archive names its own credit and deepest zoom; without one, the defaults stand. */
async function withArchive(env: Env, tiles: PublicTiles): Promise<PublicTiles> {
  if (tiles.source !== 'archive') return tiles;
  try {
    const details = await archiveDetails(openArchive(env.TILES, env.TILES_ARCHIVE));
    return { ...tiles, attribution: details.attribution, maxNativeZoom: details.maxZoom };
  } catch (error) {
    if (!(error instanceof ArchiveMissing)) throw error;
    console.error(error.message);
    return tiles;
  }
}

/** A crisis switched on shows to every resident within this; one answer per tenant still serves everyone else. */
const TENANT_EDGE_SECONDS = 10;

/**
 * The public tenant (brand, map, hours settings, territory, running crisis, accessibility
 * statement): one round trip,
 * shared at the edge. Keyed by the tenant's calendar day, on which a crisis ends and the public
 * holidays ahead depend.
 */
export const tenantRoutes = new Hono<AppEnv>().get('/', documented({ summary: "The tenant's branding, map settings, active crisis and accessibility statement", tag: 'Public', access: 'public' }), (c) => {
  const now = servicesFor(c.env).now();
  return withEdgeCache(c, `day=${tenantToday(c.get('tenant').timezone, now)}`, async () => {
    const [tenant, accessibility] = await batchWithTenant(c, (current) => {
      const crisis = tenantWithCrisisRead(c.env.DB, current, now);
      const statement = accessibilityRead(c.env.DB, current.id);
      return {
        statements: [...crisis.statements, ...statement.statements],
        answer: (results) => [crisis.answer(results.slice(0, crisis.statements.length)), statement.answer(results.slice(crisis.statements.length))] as const,
      };
    });
    const body: TenantAnswer = { ...tenant, map: { ...tenant.map, tiles: await withArchive(c.env, tenant.map.tiles) }, accessibility };
    return { body, maxAge: TENANT_EDGE_SECONDS };
  });
});
