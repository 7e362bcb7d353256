import { describe, expect, it } from 'vitest';
import type { Commune } from '#schema/communes.ts';
import { isOsmExport, osmRows, type OsmFeature } from '#schema/osm/features.ts';

const COMMUNES: Commune[] = [
  { insee: '56260', name: 'Vannes', postcode: '56000', lat: 47.658, lng: -2.76 },
  { insee: '56206', name: 'Séné', postcode: '56860', lat: 47.62, lng: -2.73 },
];

const feature = (id: string, tags: Record<string, string>, geometry: OsmFeature['geometry'] = { type: 'Point', coordinates: [-2.76, 47.656] }): OsmFeature => ({
  type: 'Feature',
  id,
  properties: { '@id': id, ...tags },
  geometry,
} as OsmFeature);

describe('osmRows', () => {
  it('maps tags to an import row and keeps the element id and check_date', () => {
    const { rows } = osmRows(
      [feature('node/1', { shop: 'bakery', name: 'Boulangerie', 'addr:housenumber': '3', 'addr:street': 'Rue du Port', 'addr:postcode': '56000', 'addr:city': 'Vannes', 'contact:phone': '+33 2 97 00 00 00;+33 6 00 00 00 00', website: 'https://boulangerie.example', opening_hours: 'Mo-Sa 07:00-19:30', delivery: 'yes', drive_through: 'yes', check_date: '2026-10-02' })],
      COMMUNES,
    );
    expect(rows).toEqual([
      {
        osmId: 'node/1',
        checkDate: '2026-10-02',
        row: {
          name: 'Boulangerie', category: 'bakery', address: '3 Rue du Port', postcode: '56000', commune: 'Vannes', communeInsee: '56260', lat: '47.656', lng: '-2.76',
          openingHours: 'Mo-Sa 07:00-19:30', services: 'delivery;drive', phone: '+33 2 97 00 00 00', email: '', website: 'https://boulangerie.example',
        },
      },
    ]);
  });

  it('places a building drawn as a way at the mean of its vertices, in the nearest commune when the address names none', () => {
    const ring = [[[-2.731, 47.621], [-2.729, 47.621], [-2.729, 47.619], [-2.731, 47.619], [-2.731, 47.621]]];
    const { rows } = osmRows([feature('way/2', { craft: 'plumber', name: 'Plomberie' }, { type: 'Polygon', coordinates: ring })], COMMUNES);
    expect(rows[0]?.row).toMatchObject({ category: 'plumber', commune: 'Séné', communeInsee: '56206', postcode: '56860', address: 'Séné' });
    expect(Number(rows[0]?.row.lat)).toBeCloseTo(47.6202, 3);
  });

  it('leaves out, with the reason, what has no category of ours, no name or no position', () => {
    const { rows, leftOut } = osmRows(
      [feature('node/3', { amenity: 'bank', name: 'Banque' }), feature('node/4', { shop: 'bakery' }), feature('node/5', { shop: 'bakery', name: 'Sans lieu' }, null)],
      COMMUNES,
    );
    expect(rows).toEqual([]);
    expect(leftOut).toEqual([
      { osmId: 'node/3', name: 'Banque', reason: 'no_category', tag: 'amenity=bank' },
      { osmId: 'node/4', name: '', reason: 'no_name', tag: 'shop=bakery' },
      { osmId: 'node/5', name: 'Sans lieu', reason: 'no_position', tag: 'shop=bakery' },
    ]);
  });

  it('tells an OSM export from another GeoJSON by its element ids', () => {
    expect(isOsmExport({ features: [feature('node/1', { shop: 'bakery' })] })).toBe(true);
    expect(isOsmExport({ features: [{ properties: { nom: 'Épicerie' } }] })).toBe(false);
  });
});
