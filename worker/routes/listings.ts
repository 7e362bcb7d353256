import { Hono } from 'hono';
import { z } from 'zod';
import { formatBbox } from '#schema/bbox.ts';
import { tileOfBox } from '#schema/geo/tiles.ts';
import { ListingIdSchema } from '#schema/listing.ts';
import { LISTINGS_LIMIT_DEFAULT, ListingsQuerySchema, NEAREST_K_DEFAULT, NearestQuerySchema, normaliseFilters, type ListingFilters } from '#schema/queries.ts';
import { currentMinute, listingsMaxAge, withEdgeCache } from '../cache.ts';
import { campaignStartOf, campaignStartStatement } from '../db/campaign-start.ts';
import { markListingUnconfirmedSince, markUnconfirmedSince } from '../services/crisis-features.ts';
import { listingOf, listingStatement } from '../db/listings.ts';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { boxRead } from '../geo/box-read.ts';
import { nearestListings, nearestRead } from '../geo/nearest.ts';
import { tileRead } from '../geo/tile.ts';
import { textRead } from '../geo/viewport.ts';
import { batchWithTenant } from '../middleware/public-read-tenant.ts';
import { publishedHours } from '../services/listing-status.ts';
import { validate } from '../validation.ts';
import { documented } from '../openapi/describe.ts';

/**
 * The filters as a canonical query string: equal queries share one cache entry. Without `at`
 * the answer is for now, whatever the minute: its cache age ends when a listing in it changes.
 */
function filtersKey(filters: ListingFilters): string {
  const params = new URLSearchParams({
    category: filters.categories.join(','),
    service: filters.services.join(','),
    open: filters.open ? '1' : '0',
    at: filters.at?.toISOString() ?? 'now',
    q: filters.q.toLowerCase(),
  });
  return params.toString();
}

export const listingRoutes = new Hono<AppEnv>()
  .get('/', documented({ summary: 'Listings in a box (GeoJSON), or clusters when zoomed out', tag: 'Public', access: 'public' }), validate('query', ListingsQuerySchema), async (c) => {
    const query = c.req.valid('query');
    const filters = normaliseFilters(query);
    const at = filters.at ?? currentMinute();
    const limit = query.limit ?? LISTINGS_LIMIT_DEFAULT;
    // A text query ranks by distance from the box's centre: it keeps the box it was asked for.
    const tile = filters.q.trim() === '' ? tileOfBox(query.bbox) : null;
    const place = tile ? `tile=${tile.level}/${tile.x}/${tile.y}` : `bbox=${formatBbox(query.bbox)}`;
    return withEdgeCache(c, `${place}&limit=${limit}&${filtersKey(filters)}`, async () => {
      const body = await batchWithTenant(c, (tenant) =>
        tile ? tileRead(c.env.DB, tenant, tile, filters, limit, at) : filters.q.trim() !== '' ? textRead(c.env.DB, tenant, query.bbox, filters, limit, at) : boxRead(c.env.DB, tenant, query.bbox, filters, limit, at),
      );
      return { body, maxAge: listingsMaxAge(body, filters, Date.now()) };
    });
  })
  // Before '/:id', which would otherwise take "nearest" for an id.
  .get('/nearest', documented({ summary: 'The k nearest listings with their distance', tag: 'Public', access: 'public' }), validate('query', NearestQuerySchema), async (c) => {
    const query = c.req.valid('query');
    const filters = normaliseFilters(query);
    const at = filters.at ?? currentMinute();
    const k = query.k ?? NEAREST_K_DEFAULT;
    return withEdgeCache(c, `lat=${query.lat.toFixed(6)}&lng=${query.lng.toFixed(6)}&k=${k}&${filtersKey(filters)}`, async () => {
      const body = await batchWithTenant(c, (tenant) => {
        // One statement when the counts honour the filters; text, "open now" or services widen in passes.
        const read = nearestRead(c.env.DB, tenant, query.lat, query.lng, k, filters, at);
        return {
          statements: [campaignStartStatement(c.env.DB, tenant, at), ...(read?.statements ?? [])],
          answer: async ([campaign, ...results]) => {
            const answer = read ? await read.answer(results) : (await nearestListings(c.env.DB, tenant, query.lat, query.lng, k, filters, at)).answer;
            return markUnconfirmedSince(answer, campaign ? campaignStartOf(campaign) : null);
          },
        };
      });
      return { body, maxAge: listingsMaxAge(body, filters, Date.now()) };
    });
  })
  // A card is not kept at the edge: it carries the shop's contact details, which an erasure must
  // take off at once, everywhere. It costs one round trip.
  .get('/:id', documented({ summary: 'One listing', tag: 'Public', access: 'public' }), validate('param', z.object({ id: ListingIdSchema })), async (c) => {
    const id = c.req.valid('param').id;
    const now = currentMinute();
    const listing = await batchWithTenant(c, (tenant) => ({
      statements: [listingStatement(c.env.DB, tenant.id, id), campaignStartStatement(c.env.DB, tenant, now)],
      answer([row, campaign]) {
        const stored = row ? listingOf(row) : null;
        const found = stored && publishedHours(stored, tenant);
        return found && markListingUnconfirmedSince(found, campaign ? campaignStartOf(campaign) : null);
      },
    }));
    if (!listing) throw new ApiProblem(404, 'not_found', 'listing.not_found');
    return c.json(listing);
  });
