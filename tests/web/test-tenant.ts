import type { PublicTenant } from '#schema/tenant.ts';

/**
 * A whole public tenant, as GET /api/v1/tenant answers it, for the components that take one:
 * Aix-Marseille-Provence, Paris time, closed on public holidays, no territory set yet.
 */
export function testTenant(overrides: Partial<PublicTenant> = {}): PublicTenant {
  return {
    slug: 'aix-marseille-provence',
    name: 'CCI Aix-Marseille-Provence',
    logoUrl: null,
    colours: { primary: '#0b4f8a', onPrimary: '#ffffff' },
    map: {
      centre: { lat: 43.4, lng: 5.37 },
      zoom: 10,
      bounds: { west: 4.9, south: 43.1, east: 5.9, north: 43.8 },
      tiles: { source: 'archive', url: '/tiles/{z}/{x}/{y}', attribution: '', maxNativeZoom: 12, offlineBytes: 0 },
    },
    timezone: 'Europe/Paris',
    defaultLanguage: 'fr',
    hours: { staleAfterDays: 30, publicHolidaysClosed: true, holidays: [] },
    territory: { departements: [], communes: [] },
    ...overrides,
  };
}
