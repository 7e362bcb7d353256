import { TileType, zxyToTileId } from 'pmtiles';
import { concatBytes } from '#worker/bytes.ts';

/**
 * Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md).
 * The `pmtiles` package only reads archives; this writer is what the seed and the tests need to
 * make small ones: identical tiles are stored once (the sea, mostly) and consecutive ones become
 * a run, directories are gzipped, and leaf directories appear only when the root would not fit in
 * the first 16 KiB readers fetch. Runs in Node and in workerd alike (CompressionStream).
 */
export type ArchiveTile = { z: number; x: number; y: number; data: Uint8Array };
export type ArchiveOptions = {
  tileType: TileType;
  /** West, south, east, north in degrees. */
  bounds: [number, number, number, number];
  centre: { lng: number; lat: number; zoom: number };
  metadata: Record<string, unknown>;
};

type Entry = { tileId: number; offset: number; length: number; runLength: number };

const HEADER_BYTES = 127;
const FIRST_FETCH_BYTES = 16_384;
const LEAF_ENTRIES = 4096;
const GZIP = 2;

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function varints(values: readonly number[]): number[] {
  const out: number[] = [];
  for (let value of values) {
    // Arithmetic rather than bit operators: tile ids and offsets pass 2^32.
    while (value >= 0x80) {
      out.push((value % 0x80) + 0x80);
      value = Math.floor(value / 0x80);
    }
    out.push(value);
  }
  return out;
}

async function serialiseDirectory(entries: readonly Entry[]): Promise<Uint8Array> {
  const offsets = entries.map((entry, i) => {
    const previous = entries[i - 1];
    return previous && entry.offset === previous.offset + previous.length ? 0 : entry.offset + 1;
  });
  const bytes = varints([
    entries.length,
    ...entries.map((entry, i) => entry.tileId - (entries[i - 1]?.tileId ?? 0)),
    ...entries.map((entry) => entry.runLength),
    ...entries.map((entry) => entry.length),
    ...offsets,
  ]);
  return gzip(Uint8Array.from(bytes));
}

/** Root directory and leaves: the whole index in the root when it fits, else one leaf per 4096 entries. */
async function directories(entries: readonly Entry[]): Promise<{ root: Uint8Array; leaves: Uint8Array }> {
  const root = await serialiseDirectory(entries);
  if (HEADER_BYTES + root.length <= FIRST_FETCH_BYTES) return { root, leaves: new Uint8Array() };
  const leafEntries: Entry[] = [];
  const leafBytes: Uint8Array[] = [];
  let offset = 0;
  for (let start = 0; start < entries.length; start += LEAF_ENTRIES) {
    const leaf = await serialiseDirectory(entries.slice(start, start + LEAF_ENTRIES));
    leafEntries.push({ tileId: entries[start]?.tileId ?? 0, offset, length: leaf.length, runLength: 0 });
    leafBytes.push(leaf);
    offset += leaf.length;
  }
  const leafRoot = await serialiseDirectory(leafEntries);
  if (HEADER_BYTES + leafRoot.length > FIRST_FETCH_BYTES) throw new Error('PMTiles root directory does not fit in 16 KiB');
  return { root: leafRoot, leaves: concatBytes(...leafBytes) };
}

function contentKey(data: Uint8Array): string {
  // Tiles are small; the bytes themselves are the key (latin1 keeps one char per byte).
  let key = '';
  for (let i = 0; i < data.length; i += 8192) key += String.fromCharCode(...data.subarray(i, i + 8192));
  return key;
}

export async function writePmtiles(tiles: readonly ArchiveTile[], options: ArchiveOptions): Promise<Uint8Array> {
  if (tiles.length === 0) throw new Error('a PMTiles archive needs at least one tile');
  const sorted = tiles.map((tile) => ({ ...tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) })).sort((a, b) => a.tileId - b.tileId);
  const stored = new Map<string, { offset: number; length: number }>();
  const data: Uint8Array[] = [];
  const entries: Entry[] = [];
  let dataLength = 0;
  for (const tile of sorted) {
    const key = contentKey(tile.data);
    let place = stored.get(key);
    if (!place) {
      place = { offset: dataLength, length: tile.data.length };
      stored.set(key, place);
      data.push(tile.data);
      dataLength += tile.data.length;
    }
    const last = entries.at(-1);
    if (last && last.offset === place.offset && last.tileId + last.runLength === tile.tileId) last.runLength += 1;
    else entries.push({ tileId: tile.tileId, offset: place.offset, length: place.length, runLength: 1 });
  }

  const { root, leaves } = await directories(entries);
  const metadata = await gzip(new TextEncoder().encode(JSON.stringify(options.metadata)));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leafOffset = metadataOffset + metadata.length;
  const dataOffset = leafOffset + leaves.length;
  const zooms = sorted.map((tile) => tile.z);

  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  new TextEncoder().encodeInto('PMTiles', new Uint8Array(header.buffer));
  header.setUint8(7, 3);
  const u64 = (at: number, value: number) => header.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, leafOffset);
  u64(48, leaves.length);
  u64(56, dataOffset);
  u64(64, dataLength);
  u64(72, sorted.length);
  u64(80, entries.length);
  u64(88, data.length);
  header.setUint8(96, 1); // clustered: contents are laid out in tile id order
  header.setUint8(97, GZIP);
  header.setUint8(98, options.tileType === TileType.Mvt ? GZIP : 1); // raster images are already compressed
  header.setUint8(99, options.tileType);
  header.setUint8(100, Math.min(...zooms));
  header.setUint8(101, Math.max(...zooms));
  const [west, south, east, north] = options.bounds.map((degrees) => Math.round(degrees * 1e7)) as [number, number, number, number];
  header.setInt32(102, west, true);
  header.setInt32(106, south, true);
  header.setInt32(110, east, true);
  header.setInt32(114, north, true);
  header.setUint8(118, options.centre.zoom);
  header.setInt32(119, Math.round(options.centre.lng * 1e7), true);
  header.setInt32(123, Math.round(options.centre.lat * 1e7), true);

  return concatBytes(new Uint8Array(header.buffer), root, metadata, leaves, ...data);
}
