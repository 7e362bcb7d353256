import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { ListingSearchSchema, MergeSchema, StaffListingSchema, type ConsoleListing } from '#schema/console/listings.ts';
import { ListingIdSchema } from '#schema/listing.ts';
import { prepareAudit, targetHistory } from '../../db/audit.ts';
import { findConsoleListing, searchListings } from '../../db/console-listings.ts';
import { prepareClosure, prepareListingCorrection, prepareMerge } from '../../db/listing-writes.ts';
import { ApiProblem } from '../../errors.ts';
import { servicesFor } from '../../services/index.ts';
import { actorOf, requirePermission, requireStaff } from '../../middleware/staff-session.ts';
import { validate } from '../../validation.ts';
import type { AppEnv } from '../../env.ts';
import { documented } from '../../openapi/describe.ts';

const IdParam = z.object({ id: ListingIdSchema });

async function listingOr404(c: Context<AppEnv>, id: string): Promise<ConsoleListing> {
  const listing = await findConsoleListing(c.env.DB, c.get('tenant').id, id);
  if (!listing) throw new ApiProblem(404, 'not_found', 'listing.not_found');
  return listing;
}

function audit(c: Context<AppEnv>, action: string, id: string, before: unknown, after: unknown, now: Date) {
  return prepareAudit(c.env.DB, { tenantId: c.get('tenant').id, actor: actorOf(c), action, targetType: 'listing', targetId: id, before, after, now });
}

export const consoleListingRoutes = new Hono<AppEnv>()
  .use(requireStaff, requirePermission('listings'))
  .get('/', documented({ summary: 'Search listings', tag: 'Console', access: 'staff' }), validate('query', ListingSearchSchema), async (c) => c.json(await searchListings(c.env.DB, c.get('tenant').id, c.req.valid('query'))))
  .get('/:id', documented({ summary: 'One listing with its history', tag: 'Console', access: 'staff' }), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    const listing = await listingOr404(c, id);
    return c.json({ listing, history: await targetHistory(c.env.DB, c.get('tenant').id, 'listing', id) });
  })
  .put('/:id', documented({ summary: 'Edit a listing', tag: 'Console', access: 'staff' }), validate('param', IdParam), validate('json', StaffListingSchema), async (c) => {
    const { id } = c.req.valid('param');
    const before = await listingOr404(c, id);
    const fields = c.req.valid('json');
    const now = servicesFor(c.env).now();
    await c.env.DB.batch([prepareListingCorrection(c.env.DB, c.get('tenant').id, id, fields, now), audit(c, 'edit_listing', id, before, fields, now)]);
    return c.json({ listing: await listingOr404(c, id) });
  })
  .post('/:id/close', documented({ summary: 'Mark a listing permanently closed', tag: 'Console', access: 'staff' }), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    const before = await listingOr404(c, id);
    const now = servicesFor(c.env).now();
    await c.env.DB.batch([
      prepareClosure(c.env.DB, c.get('tenant').id, id, now),
      audit(c, 'close_listing', id, { status: before.status }, { status: 'permanently_closed' }, now),
    ]);
    return c.json({ listing: await listingOr404(c, id) });
  })
  /** Keeps `:id` and removes the duplicate; both must be listings of this tenant. */
  .post('/:id/merge', documented({ summary: 'Merge a duplicate into this listing', tag: 'Console', access: 'staff' }), validate('param', IdParam), validate('json', MergeSchema), async (c) => {
    const { id } = c.req.valid('param');
    const { duplicateId } = c.req.valid('json');
    if (duplicateId === id) throw new ApiProblem(400, 'invalid_request', 'request.invalid', { duplicateId: ['console.merge_same'] });
    const kept = await listingOr404(c, id);
    const duplicate = await listingOr404(c, duplicateId);
    const now = servicesFor(c.env).now();
    await c.env.DB.batch([
      ...prepareMerge(c.env.DB, c.get('tenant').id, id, duplicateId),
      audit(c, 'merge_listing', id, { kept, duplicate }, { kept: id, removed: duplicateId }, now),
      audit(c, 'merged_into', duplicateId, duplicate, { keptId: id }, now),
    ]);
    return c.json({ listing: kept, removed: duplicateId });
  });
