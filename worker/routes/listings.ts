import { Hono } from 'hono';
import { z } from 'zod';
import { formatBbox } from '#schema/bbox.ts';
import { ListingIdSchema } from '#schema/listing.ts';
import { LISTINGS_LIMIT_DEFAULT, ListingsQuerySchema, NEAREST_K_DEFAULT, NearestQuerySchema, normaliseFilters, type ListingFilters } from '#schema/queries.ts';
import { currentMinute, withEdgeCache } from '../cache.ts';
import { markListingUnconfirmed, markUnconfirmed } from '../db/crisis-features.ts';
import { findListing } from '../db/listings.ts';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { nearestListings } from '../geo/nearest.ts';
import { listingsInBox } from '../geo/viewport.ts';
import { validate } from '../validation.ts';

/** The filters as a canonical query string: equal queries share one cache entry. */
function filtersKey(filters: ListingFilters, at: Date): string {
  const params = new URLSearchParams({
    category: filters.categories.join(','),
    service: filters.services.join(','),
    open: filters.open ? '1' : '0',
    at: at.toISOString(),
    q: filters.q.toLowerCase(),
  });
  return params.toString();
}

export const listingRoutes = new Hono<AppEnv>()
  .get('/', validate('query', ListingsQuerySchema), async (c) => {
    const query = c.req.valid('query');
    const filters = normaliseFilters(query);
    const at = filters.at ?? currentMinute();
    const limit = query.limit ?? LISTINGS_LIMIT_DEFAULT;
    const key = `bbox=${formatBbox(query.bbox)}&limit=${limit}&${filtersKey(filters, at)}`;
    return withEdgeCache(c, key, async () => {
      const { answer } = await listingsInBox(c.env.DB, c.get('tenant'), query.bbox, filters, limit, at);
      return c.json(await markUnconfirmed(c.env.DB, c.get('tenant'), answer, at));
    });
  })
  // Before '/:id', which would otherwise take "nearest" for an id.
  .get('/nearest', validate('query', NearestQuerySchema), async (c) => {
    const query = c.req.valid('query');
    const filters = normaliseFilters(query);
    const at = filters.at ?? currentMinute();
    const k = query.k ?? NEAREST_K_DEFAULT;
    const key = `lat=${query.lat.toFixed(6)}&lng=${query.lng.toFixed(6)}&k=${k}&${filtersKey(filters, at)}`;
    return withEdgeCache(c, key, async () => {
      const { answer } = await nearestListings(c.env.DB, c.get('tenant'), query.lat, query.lng, k, filters, at);
      return c.json(await markUnconfirmed(c.env.DB, c.get('tenant'), answer, at));
    });
  })
  .get('/:id', validate('param', z.object({ id: ListingIdSchema })), async (c) => {
    const listing = await findListing(c.env.DB, c.get('tenant').id, c.req.valid('param').id);
    if (!listing) throw new ApiProblem(404, 'not_found', 'listing.not_found');
    return c.json(await markListingUnconfirmed(c.env.DB, c.get('tenant'), listing, currentMinute()));
  });
