import type { RawImportRow } from '#schema/console/import.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { loadTenantCommunes } from '../../communes/load.ts';
import type { Geocoder } from '../../geocoding/index.ts';

type Centroids = Map<string, { lat: number; lng: number }>;

/** Centroids of the tenant's communes by INSEE code; none when their files cannot be loaded. */
export async function loadCentroids(tenant: Pick<PublicTenant, 'territory'>): Promise<Centroids> {
  const communes = await loadTenantCommunes(tenant).catch(() => []);
  return new Map(communes.map((commune) => [commune.insee, { lat: commune.lat, lng: commune.lng }]));
}

const hasCoordinates = (row: RawImportRow) => Boolean(row.lat?.trim()) && Boolean(row.lng?.trim());

export type GeocodeOutcome = { rows: RawImportRow[]; byAddress: number; byCommune: number };

/**
 * Gives coordinates to rows without them: the address from the national geocoder when it can be
 * reached, else the commune's centroid (the shopkeeper or the CCI moves the pin later). Rows
 * neither can place keep no coordinates, and the dry run reports them.
 */
export async function geocodeRows(rows: readonly RawImportRow[], geocoder: Geocoder | null, centroids: Centroids, onProgress: (done: number) => void): Promise<GeocodeOutcome> {
  let byAddress = 0;
  let byCommune = 0;
  let online = geocoder !== null;
  const placed: RawImportRow[] = [];
  for (const [index, row] of rows.entries()) {
    if (hasCoordinates(row)) {
      placed.push(row);
      continue;
    }
    let point: { lat: number; lng: number } | null = null;
    if (online && geocoder) {
      try {
        const [best] = await geocoder.search(`${row.address ?? ''} ${row.postcode ?? ''} ${row.commune ?? ''}`.trim());
        if (best && (best.kind === 'address' || best.kind === 'street')) {
          point = best;
          byAddress++;
        }
      } catch {
        // Offline or unavailable: every other row goes to the commune centroid without waiting.
        online = false;
      }
    }
    if (!point) {
      point = centroids.get((row.communeInsee ?? '').trim().toUpperCase()) ?? null;
      if (point) byCommune++;
    }
    placed.push(point ? { ...row, lat: String(point.lat), lng: String(point.lng) } : row);
    onProgress(index + 1);
  }
  return { rows: placed, byAddress, byCommune };
}
