import { describe, expect, it, vi } from 'vitest';
import { banGeocoder } from '../../web/src/geocoding/ban-geocoder.ts';
import { communeGeocoder } from '../../web/src/geocoding/commune-geocoder.ts';
import { withFallback } from '../../web/src/geocoding/geocoder.ts';

const communes = [
  { insee: '13005', name: 'Aubagne', postcode: '13400', lat: 43.29276, lng: 5.57067 },
  { insee: '13001', name: 'Aix-en-Provence', postcode: '13100', lat: 43.5283, lng: 5.44973 },
  { insee: '13097', name: 'Saint-Mitre-les-Remparts', postcode: '13920', lat: 43.4544, lng: 5.0142 },
];
const local = communeGeocoder(async () => communes);

describe('commune geocoder (the offline fallback)', () => {
  it('finds communes whatever the accents, case, hyphens or "St" abbreviation', async () => {
    expect((await local.search('aubagne')).map((p) => p.label)).toEqual(['Aubagne']);
    expect((await local.search('st mitre')).map((p) => p.label)).toEqual(['Saint-Mitre-les-Remparts']);
    expect((await local.search('AIX EN')).map((p) => p.label)).toEqual(['Aix-en-Provence']);
  });

  it('ranks the whole name, then its start, then a word start, then anywhere; and waits for two letters', async () => {
    const places = [
      { insee: '1', name: 'Marseille-en-Beauvaisis', postcode: '60690', lat: 49.6, lng: 1.9 },
      { insee: '2', name: 'Pont-de-Vaux', postcode: '01190', lat: 46.4, lng: 4.9 },
      { insee: '3', name: 'Vaux', postcode: '86700', lat: 46.3, lng: 0.2 },
      { insee: '4', name: 'Bavaux', postcode: '00000', lat: 46, lng: 1 },
      { insee: '5', name: 'Vauxrenard', postcode: '69820', lat: 46.2, lng: 4.6 },
    ];
    const ranked = communeGeocoder(async () => places);
    expect((await ranked.search('vaux')).map((p) => p.label)).toEqual(['Vaux', 'Vauxrenard', 'Pont-de-Vaux', 'Bavaux']);
    expect(await ranked.search('v')).toEqual([]);
  });

  it('finds a commune by its postcode', async () => {
    expect(await local.search('13400')).toEqual([{ label: 'Aubagne', context: '13400', lat: 43.29276, lng: 5.57067, kind: 'commune' }]);
  });
});

describe('Géoplateforme geocoder', () => {
  it('asks the search service near the territory and reads its GeoJSON answer', async () => {
    const fetchMock = vi.fn(async (_url: URL | RequestInfo) =>
      Response.json({
        type: 'FeatureCollection',
        features: [
          { geometry: { type: 'Point', coordinates: [5.5707, 43.2928] }, properties: { label: '8 Cours Foch 13400 Aubagne', type: 'housenumber', postcode: '13400', city: 'Aubagne' } },
          { geometry: { type: 'Point', coordinates: [5.57, 43.29] }, properties: { label: 'Aubagne', type: 'municipality', postcode: '13400', city: 'Aubagne', context: "13, Bouches-du-Rhône, Provence-Alpes-Côte d'Azur" } },
        ],
      }),
    );
    const places = await banGeocoder({ lat: 43.4, lng: 5.37 }, fetchMock as typeof fetch).search('8 cours foch aubagne');
    const url = new URL(String(fetchMock.mock.calls[0]?.[0]));
    expect(url.origin + url.pathname).toBe('https://data.geopf.fr/geocodage/search');
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: '8 cours foch aubagne', limit: '5', lat: '43.4000', lon: '5.3700' });
    expect(places).toEqual([
      { label: '8 Cours Foch 13400 Aubagne', context: '13400 Aubagne', lat: 43.2928, lng: 5.5707, kind: 'address' },
      { label: 'Aubagne', context: '13400 Bouches-du-Rhône', lat: 43.29, lng: 5.57, kind: 'commune' },
    ]);
  });

  it('falls back to the communes when the service cannot be reached', async () => {
    const unreachable = banGeocoder({ lat: 43.4, lng: 5.37 }, (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    expect((await withFallback(unreachable, local).search('Aubagne')).map((p) => p.label)).toEqual(['Aubagne']);
  });
});
