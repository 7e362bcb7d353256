import { Hono } from 'hono';
import { z } from 'zod';
import { ListingIdSchema } from '#schema/listing.ts';
import { ReportSchema, REPORTS_PER_HOUR } from '#schema/reports.ts';
import { findListing } from '../db/listings.ts';
import { insertReportWithinLimit } from '../db/reports.ts';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { limitWrites } from '../middleware/request-guards.ts';
import { validate } from '../validation.ts';
import { documented } from '../openapi/describe.ts';

const HOUR_MS = 3_600_000;

/**
 * Who reports is only needed to stop floods: a hash of the address, the tenant and the day, so
 * the same visitor is recognised for a day and never identified.
 */
async function reporterHash(ip: string, tenantId: number, now: Date): Promise<string> {
  const data = new TextEncoder().encode(`${ip}|${tenantId}|${now.toISOString().slice(0, 10)}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return [...digest.slice(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Mounted at /api/v1/listings/:id/reports: a resident says a listing is wrong. */
export const reportRoutes = new Hono<AppEnv>().post(
  '/', documented({ summary: 'Report wrong information on a listing', tag: 'Public', access: 'public', success: 201 }),
  limitWrites('report'),
  validate('param', z.object({ id: ListingIdSchema })),
  validate('json', ReportSchema),
  async (c) => {
    const tenant = c.get('tenant');
    const listing = await findListing(c.env.DB, tenant.id, c.req.valid('param').id);
    if (!listing) throw new ApiProblem(404, 'not_found', 'listing.not_found');
    const now = new Date();
    const hash = await reporterHash(c.req.header('cf-connecting-ip') ?? 'unknown', tenant.id, now);
    const id = await insertReportWithinLimit(c.env.DB, tenant.id, listing.id, c.req.valid('json'), hash, now, {
      max: REPORTS_PER_HOUR,
      since: new Date(now.getTime() - HOUR_MS),
    });
    if (!id) throw new ApiProblem(429, 'rate_limited', 'report.rate_limited');
    return c.json({ id, status: 'received' as const }, 201);
  },
);
