import { boundsAround, communesOfDepartements, etalabCommunes, mainTownOf, shippedCommunes, type EtalabCommune } from './communes.ts';
import { buildTenant, type Commune, type TenantRecord } from './factories.ts';

/** `communes` place the demo listings; `territory` is the CCI's list of INSEE codes (tenant_communes). */
export type DemoTenant = { tenant: TenantRecord; hosts: string[]; communes: Commune[]; territory: string[]; listingCount: number };

export const DEMO_SEED = 2020;

/** A demo CCI's territory: the communes of a département that belong to it. */
function demoTerritory(departement: string, belongs: (commune: EtalabCommune) => boolean = () => true) {
  const etalab = new Map(etalabCommunes().map((c) => [c.code, c]));
  const communes = shippedCommunes(departement).flatMap((commune): Commune[] => {
    const row = etalab.get(commune.insee);
    return row && belongs(row) ? [{ ...commune, population: row.population ?? 0 }] : [];
  });
  const { west, south, east, north } = boundsAround(communes);
  const territory = communesOfDepartements([departement], belongs);
  return { communes, territory, mainTown: mainTownOf(territory), bounds: { bounds_west: west, bounds_south: south, bounds_east: east, bounds_north: north } };
}

// Bouches-du-Rhône without the Arles arrondissement, which is the CCI du Pays d'Arles.
const aixMarseille = demoTerritory('13', (c) => c.arrondissement !== '132');
const morbihan = demoTerritory('56');

/** The two CCIs the local instance starts with; hosts are the names they would have in production. */
export const DEMO_TENANTS: DemoTenant[] = [
  {
    tenant: buildTenant({
      id: 1,
      slug: 'aix-marseille-provence',
      name: 'CCI Aix-Marseille-Provence',
      colour_primary: '#00558c',
      colour_on_primary: '#ffffff',
      centre_lat: 43.4,
      centre_lng: 5.37,
      default_zoom: 10,
      // Locally there is no network: the demo CCIs draw the tile fixture the seed uploads.
      tile_source: 'archive',
      ...aixMarseille.bounds,
      main_town: aixMarseille.mainTown,
    }),
    hosts: ['vitrine.ccimp.example'],
    communes: aixMarseille.communes,
    territory: aixMarseille.territory,
    listingCount: 300,
  },
  {
    tenant: buildTenant({
      id: 2,
      slug: 'morbihan',
      name: 'CCI du Morbihan',
      colour_primary: '#7a1f3d',
      colour_on_primary: '#ffffff',
      centre_lat: 47.8,
      centre_lng: -2.85,
      default_zoom: 9,
      tile_source: 'archive',
      ...morbihan.bounds,
      main_town: morbihan.mainTown,
    }),
    hosts: ['vitrine.morbihan.cci.example'],
    communes: morbihan.communes,
    territory: morbihan.territory,
    listingCount: 300,
  },
];
