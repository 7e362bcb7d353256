import { checkTerritory } from '../db/territory.ts';
import type { Tenant } from '../tenant.ts';
import { ApiProblem } from '../errors.ts';

/** A point outside the tenant's territory gets 422 naming the CCI that covers it, when one does. */
export async function refuseOutOfTerritory(db: D1Database, tenant: Tenant, lat: number, lng: number): Promise<void> {
  const territory = await checkTerritory(db, tenant, lat, lng);
  if (territory.inside) return;
  const key = territory.coveredBy ? 'registration.out_of_territory' : 'registration.out_of_territory_unknown';
  throw new ApiProblem(422, 'out_of_territory', key, { address: [key] }, {
    params: { cci: territory.coveredBy?.name ?? '' },
    extra: { coveredBy: territory.coveredBy },
  });
}
