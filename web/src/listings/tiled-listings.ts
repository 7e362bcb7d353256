import type { Bbox } from '#schema/bbox-format.ts';
import { mergeTiles } from '#schema/geo/tile-merge.ts';
import { tileBox, tileLevelForBox, tilesCovering } from '#schema/geo/tiles.ts';
import type { ListingsAnswer } from '#schema/listing.ts';
import { api, call } from '../api.ts';
import type { Filters } from '../view/filters.ts';
import { listingsQuery } from './listings-query.ts';

/**
 * The listings of the view, asked tile by tile on the map's fixed grid: residents looking at the
 * same town ask for the same tiles, which the edge cache then answers for all of them. A text
 * search is ranked around the view's centre, so it asks for the view itself.
 */
export async function fetchListings(box: Bbox, filters: Filters): Promise<ListingsAnswer> {
  if (filters.q) return call(api.api.v1.listings.$get, { query: listingsQuery(box, filters) });
  const tiles = tilesCovering(box, tileLevelForBox(box));
  const answers = await Promise.all(tiles.map((tile) => call(api.api.v1.listings.$get, { query: listingsQuery(tileBox(tile), filters) })));
  return mergeTiles(box, answers);
}
