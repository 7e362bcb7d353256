import type { Bbox } from '#schema/bbox.ts';
import type { ListingsAnswer } from '#schema/listing.ts';
import type { ListingFilters } from '#schema/queries.ts';
import { campaignStartOf, campaignStartStatement } from '../db/campaign-start.ts';
import type { TenantRead } from '../middleware/public-read-tenant.ts';
import { markUnconfirmedSince } from '../services/crisis-features.ts';
import type { Tenant } from '../tenant.ts';
import { featureBuilder } from './features.ts';
import { searchRead } from './text.ts';

/** Candidates checked one by one (hours, services) at most before a map shows clusters instead. */
export const CANDIDATE_CAP = 5000;

/** Filters that maintained counts cannot honour, named in a clusters answer. */
export function filtersCountsIgnore(filters: ListingFilters): string[] {
  return [filters.open ? 'open' : null, filters.services.length > 0 ? 'service' : null].filter((name): name is string => name !== null);
}

/** A text query's answer for a box in one round trip: its best `limit` matches, ranked. */
export function textRead(db: D1Database, tenant: Tenant, box: Bbox, filters: ListingFilters, limit: number, now: Date): TenantRead<ListingsAnswer> {
  const search = searchRead(db, tenant.id, box, filters, limit + 1);
  return {
    statements: [campaignStartStatement(db, tenant, now), ...(search ? [search.statement] : [])],
    answer([campaign, result]) {
      const text = search && result ? search.matches(result, featureBuilder(tenant, filters, now)) : { features: [], exhausted: true };
      const answer: ListingsAnswer = { type: 'FeatureCollection', kind: 'listings', features: text.features.slice(0, limit), truncated: text.features.length > limit || !text.exhausted };
      return markUnconfirmedSince(answer, campaign ? campaignStartOf(campaign) : null);
    },
  };
}
