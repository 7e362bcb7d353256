import { DEMO_TENANTS } from '../demo-tenants.ts';
import type { Box } from './web-mercator.ts';

/**
 * Which parts of the world the local tile fixture covers, and how deep: the whole world coarsely,
 * metropolitan France at regional zooms, and each demo CCI's territory down to street-block
 * zooms. Leaflet scales the deepest level up beyond it (maxNativeZoom).
 */
export type CoverageLevel = { box: Box; minZoom: number; maxZoom: number };

const WORLD: Box = { west: -180, south: -85, east: 180, north: 85 };
const METROPOLITAN_FRANCE: Box = { west: -5.6, south: 41.2, east: 9.8, north: 51.2 };
const TERRITORY_MARGIN = 0.1;

export const FIXTURE_MAX_ZOOM = 12;

export function fixtureCoverage(): CoverageLevel[] {
  return [
    { box: WORLD, minZoom: 0, maxZoom: 4 },
    { box: METROPOLITAN_FRANCE, minZoom: 5, maxZoom: 8 },
    ...DEMO_TENANTS.map(({ tenant }) => ({
      box: {
        west: tenant.bounds_west - TERRITORY_MARGIN,
        south: tenant.bounds_south - TERRITORY_MARGIN,
        east: tenant.bounds_east + TERRITORY_MARGIN,
        north: tenant.bounds_north + TERRITORY_MARGIN,
      },
      minZoom: 9,
      maxZoom: FIXTURE_MAX_ZOOM,
    })),
  ];
}
