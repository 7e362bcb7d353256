import type { ArchiveDetails } from '#schema/tile-sources.ts';
import { EtagMismatch, PMTiles, ResolvedValueCache, TileType, type RangeResponse, type Source } from 'pmtiles';

/** The archive is not in the bucket: the deployment has not uploaded it (docs/deploying.md). */
export class ArchiveMissing extends Error {}

/** Byte ranges of one R2 object, each tied to the version (ETag) the header was read from. */
class R2Source implements Source {
  constructor(
    private readonly bucket: R2Bucket,
    private readonly key: string,
  ) {}

  getKey(): string {
    return this.key;
  }

  async getBytes(offset: number, length: number, _signal?: AbortSignal, etag?: string): Promise<RangeResponse> {
    const object = await this.bucket.get(this.key, { range: { offset, length }, ...(etag ? { onlyIf: { etagMatches: etag } } : {}) });
    if (!object) throw new ArchiveMissing(`no tile archive at ${this.key}`);
    // A failed precondition answers the object without a body: the archive was replaced meanwhile.
    if (!('body' in object)) throw new EtagMismatch();
    return { data: await object.arrayBuffer(), etag: object.etag };
  }
}

// Header and directories survive between requests of one isolate: most tiles cost one range read.
const directoryCache = new ResolvedValueCache(64);

export function openArchive(bucket: R2Bucket, key: string): PMTiles {
  return new PMTiles(new R2Source(bucket, key), directoryCache);
}

const CONTENT_TYPES: Partial<Record<TileType, string>> = {
  [TileType.Png]: 'image/png',
  [TileType.Jpeg]: 'image/jpeg',
  [TileType.Webp]: 'image/webp',
  [TileType.Avif]: 'image/avif',
  [TileType.Mvt]: 'application/vnd.mapbox-vector-tile',
};

export function contentTypeOf(tileType: TileType): string {
  return CONTENT_TYPES[tileType] ?? 'application/octet-stream';
}


/** What a page needs to draw the archive: its credit line (HTML, set by the deployment) and deepest zoom. */
export async function archiveDetails(archive: PMTiles): Promise<ArchiveDetails> {
  const [header, metadata] = await Promise.all([archive.getHeader(), archive.getMetadata() as Promise<{ attribution?: unknown }>]);
  return { attribution: typeof metadata.attribution === 'string' ? metadata.attribution : '', maxZoom: header.maxZoom };
}
