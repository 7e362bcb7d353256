import { env } from 'cloudflare:workers';
import { TileType } from 'pmtiles';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePmtiles } from '#seed/tiles/pmtiles-writer.ts';
import { request } from './support.ts';

const HOST = 'any-host.example';
const pngLike = (marker: number) => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, marker]);

describe('GET /tiles/:z/:x/:y', () => {
  it('answers 503 with a translatable message while the deployment has no archive', async () => {
    const response = await request(HOST, '/tiles/0/0/0');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'tiles_unavailable' } });
  });

  describe('with an archive in the bucket', () => {
    beforeAll(async () => {
      const archive = await writePmtiles(
        [
          { z: 0, x: 0, y: 0, data: pngLike(1) },
          { z: 5, x: 16, y: 11, data: pngLike(2) },
          // Same bytes as the one before: stored once, found by both addresses.
          { z: 5, x: 16, y: 12, data: pngLike(2) },
        ],
        { tileType: TileType.Png, bounds: [-5, 41, 10, 51], centre: { lng: 2, lat: 46, zoom: 5 }, metadata: { attribution: 'Test' } },
      );
      await env.TILES.put(env.TILES_ARCHIVE, archive);
    });

    it('serves a tile the archive holds, as its image type, cacheable by browsers', async () => {
      const response = await request(HOST, '/tiles/5/16/12');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
      expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([...pngLike(2)]);
    });

    it('answers the same tile again from the edge cache', async () => {
      const first = await request(HOST, '/tiles/0/0/0');
      expect([...new Uint8Array(await first.arrayBuffer())]).toEqual([...pngLike(1)]);
      const second = await request(HOST, '/tiles/0/0/0');
      expect(second.headers.get('x-vitrine-cache')).toBe('hit');
      expect([...new Uint8Array(await second.arrayBuffer())]).toEqual([...pngLike(1)]);
    });

    it('answers 204 for a tile outside the archive, so the map draws nothing there', async () => {
      const response = await request(HOST, '/tiles/5/3/3');
      expect(response.status).toBe(204);
      expect(await response.text()).toBe('');
    });

    it('answers 404 for addresses that are not tiles', async () => {
      for (const path of ['/tiles/5/32/0', '/tiles/23/0/0', '/tiles/a/0/0', '/tiles/-1/0/0']) {
        expect((await request(HOST, path)).status, path).toBe(404);
      }
    });
  });
});
