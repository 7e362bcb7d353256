import { PMTiles, TileType, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { createRandom } from '#seed/random.ts';
import { writePmtiles, type ArchiveTile } from '#seed/tiles/pmtiles-writer.ts';

function readerOf(archive: Uint8Array): PMTiles {
  const source: Source = { getKey: () => 'archive', getBytes: async (offset, length) => ({ data: archive.slice(offset, offset + length).buffer }) };
  return new PMTiles(source);
}

const OPTIONS = { tileType: TileType.Png, bounds: [-180, -85, 180, 85] as [number, number, number, number], centre: { lng: 0, lat: 0, zoom: 0 }, metadata: { attribution: 'Test' } };
const bytesOf = (n: number) => new TextEncoder().encode(`tile ${n}`);

describe('writePmtiles', () => {
  it('writes an archive the pmtiles reader finds every tile in, shared contents stored once', async () => {
    const tiles: ArchiveTile[] = [
      { z: 0, x: 0, y: 0, data: bytesOf(0) },
      ...[0, 1].flatMap((x) => [0, 1].map((y) => ({ z: 1, x, y, data: bytesOf(1) }))),
    ];
    const reader = readerOf(await writePmtiles(tiles, OPTIONS));
    const header = await reader.getHeader();
    expect([header.numAddressedTiles, header.numTileContents, header.minZoom, header.maxZoom]).toEqual([5, 2, 0, 1]);
    for (const tile of tiles) expect(new Uint8Array((await reader.getZxy(tile.z, tile.x, tile.y))?.data ?? new ArrayBuffer(0))).toEqual(tile.data);
    expect(await reader.getMetadata()).toEqual({ attribution: 'Test' });
  });

  it('moves the index into leaf directories when the root would not fit in the first 16 KiB', async () => {
    // ~30,000 tiles of random sizes, scattered over zoom 8: an index that compresses badly.
    const random = createRandom(17);
    const tiles: ArchiveTile[] = [];
    for (let x = 0; x < 256; x++) {
      for (let y = 0; y < 256; y++) if (random.next() < 0.5) tiles.push({ z: 8, x, y, data: new TextEncoder().encode(`tile ${tiles.length}`.padEnd(10 + random.int(0, 400), '.')) });
    }
    const archive = await writePmtiles(tiles, OPTIONS);
    const reader = readerOf(archive);
    const header = await reader.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    for (const index of [0, 1, 4095, 4096, 12_345, tiles.length - 1]) {
      const tile = tiles[index]!;
      expect(new Uint8Array((await reader.getZxy(tile.z, tile.x, tile.y))?.data ?? new ArrayBuffer(0))).toEqual(tile.data);
    }
    const absent = [...Array(256).keys()].find((y) => !tiles.some((tile) => tile.x === 0 && tile.y === y)) ?? 0;
    expect(await reader.getZxy(8, 0, absent)).toBeUndefined();
  });
});
