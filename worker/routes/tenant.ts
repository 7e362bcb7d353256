import { Hono } from 'hono';
import type { PublicTiles } from '#schema/tile-sources.ts';
import { withCrisis } from '../db/crisis.ts';
import type { AppEnv } from '../env.ts';
import { servicesFor } from '../services/index.ts';
import { archiveDetails, ArchiveMissing, openArchive } from '../tiles/r2-archive.ts';

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

export const tenantRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const tenant = await withCrisis(c.env.DB, c.get('tenant'), servicesFor(c.env).now());
  return c.json({ ...tenant, map: { ...tenant.map, tiles: await withArchive(c.env, tenant.map.tiles) } });
});
