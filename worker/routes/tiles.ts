import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { ArchiveMissing, contentTypeOf, openArchive } from '../tiles/r2-archive.ts';

/**
 * Browsers and the edge keep a tile a day: the archive is replaced rarely, and the edge key
 * carries its ETag, so a new archive is served as soon as isolates read its header again.
 */
const TILE_MAX_AGE_SECONDS = 86_400;
const MAX_ZOOM = 22;

function coordinates(z: string, x: string, y: string): { z: number; x: number; y: number } | null {
  if (![z, x, y].every((part) => /^\d{1,7}$/.test(part))) return null;
  const [zoom, column, row] = [Number(z), Number(x), Number(y)];
  const size = 2 ** zoom;
  return zoom <= MAX_ZOOM && column < size && row < size ? { z: zoom, x: column, y: row } : null;
}

/**
 * The deployment's own basemap: one PMTiles archive in R2 shared by every tenant, so no tenant
 * lookup here. A tile the archive does not hold (outside its area or zooms) answers 204, which
 * map libraries draw as empty.
 */
export const tileRoutes = new Hono<AppEnv>().get('/:z/:x/:y', async (c) => {
  const tile = coordinates(c.req.param('z'), c.req.param('x'), c.req.param('y'));
  if (!tile) throw new ApiProblem(404, 'not_found', 'route.not_found');
  const archive = openArchive(c.env.TILES, c.env.TILES_ARCHIVE);
  try {
    const header = await archive.getHeader();
    const key = new Request(`https://edge-cache.vitrine.internal/tiles/${encodeURIComponent(header.etag ?? 'unversioned')}/${tile.z}/${tile.x}/${tile.y}`);
    const cache = caches.default;
    const hit = await cache.match(key);
    if (hit) {
      const response = new Response(hit.body, hit);
      response.headers.set('x-vitrine-cache', 'hit');
      return response;
    }
    const found = await archive.getZxy(tile.z, tile.x, tile.y);
    const headers = { 'cache-control': `public, max-age=${TILE_MAX_AGE_SECONDS}`, 'content-type': contentTypeOf(header.tileType) };
    // The Cache API keeps 200s only; an empty tile costs a directory lookup the isolate holds anyway.
    if (!found) return new Response(null, { status: 204, headers });
    const response = new Response(found.data, { headers });
    await cache.put(key, response.clone());
    response.headers.set('x-vitrine-cache', 'miss');
    return response;
  } catch (error) {
    if (!(error instanceof ArchiveMissing)) throw error;
    console.error(error.message);
    throw new ApiProblem(503, 'tiles_unavailable', 'tiles.unavailable');
  }
});
