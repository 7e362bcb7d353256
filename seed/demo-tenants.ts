import communesByTenant from './data/communes.json' with { type: 'json' };
import { buildTenant, type Commune, type TenantRecord } from './factories.ts';

export type DemoTenant = { tenant: TenantRecord; hosts: string[]; communes: Commune[]; listingCount: number };

export const DEMO_SEED = 2020;

/** The territory's box: its communes' centres plus a margin for the listings around them. */
function boundsOf(communes: Commune[]) {
  const margin = 0.05;
  return {
    bounds_west: Math.min(...communes.map((c) => c.lng)) - margin,
    bounds_south: Math.min(...communes.map((c) => c.lat)) - margin,
    bounds_east: Math.max(...communes.map((c) => c.lng)) + margin,
    bounds_north: Math.max(...communes.map((c) => c.lat)) + margin,
  };
}

const aixMarseilleCommunes: Commune[] = communesByTenant['aix-marseille-provence'];
const morbihanCommunes: Commune[] = communesByTenant.morbihan;

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
      ...boundsOf(aixMarseilleCommunes),
    }),
    hosts: ['vitrine.ccimp.example'],
    communes: aixMarseilleCommunes,
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
      ...boundsOf(morbihanCommunes),
    }),
    hosts: ['vitrine.morbihan.cci.example'],
    communes: morbihanCommunes,
    listingCount: 300,
  },
];
