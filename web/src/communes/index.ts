import { DEPARTEMENT_PATTERN, inTerritory, type Commune } from '#schema/communes.ts';
import type { PublicTenant } from '#schema/tenant.ts';

export type { Commune };

const NO_TERRITORY: PublicTenant['territory'] = { departements: [], communes: [] };

const files = new Map<string, Promise<Commune[]>>();

/**
 * One département's communes, a static file fetched once per page and cached by the service
 * worker for offline use. A load that fails (offline before it was ever cached) is forgotten,
 * so the next call tries again.
 */
function departementCommunes(code: string): Promise<Commune[]> {
  let file = files.get(code);
  if (!file) {
    file = fetch(`/communes/${code}.json`).then(async (response) => {
      if (!response.ok) throw new Error(`communes ${code}: HTTP ${response.status}`);
      return (await response.json()) as Commune[];
    });
    files.set(code, file);
    file.catch(() => files.delete(code));
  }
  return file;
}

/**
 * The communes of the tenant's territory with their centres: the files of the départements it
 * spans, kept to its own list of communes. Used by the address step of registration, the
 * address search when the national geocoder cannot be reached, and imported rows placed at their
 * commune. Empty until the tenant's territory is set.
 */
export async function tenantCommunes(tenant: Pick<PublicTenant, 'territory'>): Promise<Commune[]> {
  // A tenant saved for offline use by an older version of the app has no territory.
  const { departements, communes } = tenant.territory ?? NO_TERRITORY;
  const lists = await Promise.all(departements.filter((code) => DEPARTEMENT_PATTERN.test(code)).map(departementCommunes));
  const territory = new Set(communes);
  return lists.flat().filter((commune) => inTerritory(commune.insee, territory));
}
