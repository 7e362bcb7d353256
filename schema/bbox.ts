import { z } from 'zod';

import type { Bbox } from './bbox-format.ts';

export { formatBbox, type Bbox } from './bbox-format.ts';

const coordinate = (limit: number) => z.number().finite().min(-limit).max(limit);

/**
 * `bbox=west,south,east,north` in WGS84 degrees, as in GeoJSON and OSM. A box whose west is
 * east of its east (crossing the antimeridian) is refused: no territory of ours needs it.
 */
export const BboxSchema = z
  .string({ error: 'bbox.required' })
  .trim()
  .transform((raw, ctx): Bbox => {
    const parts = raw.split(',');
    const numbers = parts.map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
    if (parts.length !== 4 || numbers.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: 'custom', message: 'bbox.format' });
      return z.NEVER;
    }
    const [west, south, east, north] = numbers as [number, number, number, number];
    const box = { west, south, east, north };
    const lngOk = coordinate(180);
    const latOk = coordinate(90);
    if (!lngOk.safeParse(west).success || !lngOk.safeParse(east).success || !latOk.safeParse(south).success || !latOk.safeParse(north).success) {
      ctx.addIssue({ code: 'custom', message: 'bbox.range' });
      return z.NEVER;
    }
    if (west > east || south > north) {
      ctx.addIssue({ code: 'custom', message: 'bbox.inverted' });
      return z.NEVER;
    }
    return box;
  });
