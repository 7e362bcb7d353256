import { Hono } from 'hono';
import { z } from 'zod';
import { ListingIdSchema, type ListingFeatureCollection } from '#schema/listing.ts';
import { ListingsQuerySchema } from '#schema/queries.ts';
import { findListing, findListingsInBox, toFeature } from '../db/listings.ts';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { validate } from '../validation.ts';

/** More points than this are not useful on one screen; the answer says it was cut. */
export const VIEWPORT_LIMIT = 2000;

export const listingRoutes = new Hono<AppEnv>()
  .get('/', validate('query', ListingsQuerySchema), async (c) => {
    const { bbox } = c.req.valid('query');
    const { listings, truncated } = await findListingsInBox(c.env.DB, c.get('tenant').id, bbox, VIEWPORT_LIMIT);
    const collection: ListingFeatureCollection & { truncated: boolean } = {
      type: 'FeatureCollection',
      features: listings.map(toFeature),
      truncated,
    };
    return c.json(collection);
  })
  .get('/:id', validate('param', z.object({ id: ListingIdSchema })), async (c) => {
    const listing = await findListing(c.env.DB, c.get('tenant').id, c.req.valid('param').id);
    if (!listing) throw new ApiProblem(404, 'not_found', 'listing.not_found');
    return c.json(listing);
  });
