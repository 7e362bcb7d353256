import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Commune } from '#schema/communes.ts';

const FILES: Record<string, Commune[]> = {
  '13': [
    { insee: '13001', name: 'Aix-en-Provence', postcode: '13100', lat: 43.5283, lng: 5.44973 },
    { insee: '13004', name: 'Arles', postcode: '13200', lat: 43.67681, lng: 4.63031 },
    { insee: '13201', name: 'Marseille 1er Arrondissement', postcode: '13001', lat: 43.29965, lng: 5.38264 },
  ],
  '84': [{ insee: '84007', name: 'Avignon', postcode: '84000', lat: 43.94834, lng: 4.80892 }],
  '56': [{ insee: '56260', name: 'Vannes', postcode: '56000', lat: 47.65790, lng: -2.75574 }],
};

let fetchMock: ReturnType<typeof vi.fn>;

/** A fresh module each test: its loaded files are kept per page. */
async function load() {
  return import('../../web/src/communes/index.ts');
}

beforeEach(() => {
  vi.resetModules();
  fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const code = /^\/communes\/(\w+)\.json$/.exec(String(input))?.[1] ?? '';
    return FILES[code] ? Response.json(FILES[code]) : new Response('not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

const asked = () => fetchMock.mock.calls.map(([input]) => String(input));

describe('tenantCommunes', () => {
  it("loads only the files of the tenant's départements, and keeps only its communes", async () => {
    const { tenantCommunes } = await load();
    const communes = await tenantCommunes({ territory: { departements: ['13', '84'], communes: ['13001', '84007'] } });
    expect(asked().sort()).toEqual(['/communes/13.json', '/communes/84.json']);
    expect(communes.map((c) => c.name)).toEqual(['Aix-en-Provence', 'Avignon']);
  });

  it("keeps a listed city's arrondissements: Marseille (13055) holds Marseille 1er", async () => {
    const { tenantCommunes } = await load();
    const communes = await tenantCommunes({ territory: { departements: ['13'], communes: ['13055', '13001'] } });
    expect(communes.map((c) => c.insee)).toEqual(['13001', '13201']);
  });

  it('fetches each file once for the register, the geocoder and the import together', async () => {
    const { tenantCommunes } = await load();
    const tenant = { territory: { departements: ['56'], communes: ['56260'] } };
    await Promise.all([tenantCommunes(tenant), tenantCommunes(tenant)]);
    await tenantCommunes(tenant);
    expect(asked()).toEqual(['/communes/56.json']);
  });

  it('loads nothing for a tenant whose territory is not set, or saved before it was known', async () => {
    const { tenantCommunes } = await load();
    expect(await tenantCommunes({ territory: { departements: [], communes: [] } })).toEqual([]);
    expect(await tenantCommunes({} as never)).toEqual([]);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks for no file whose name is not a département code', async () => {
    const { tenantCommunes } = await load();
    await tenantCommunes({ territory: { departements: ['../api/v1/tenant', '56'], communes: ['56260'] } });
    expect(asked()).toEqual(['/communes/56.json']);
  });

  it('fails when a file cannot be loaded, and tries it again on the next call', async () => {
    const { tenantCommunes } = await load();
    const tenant = { territory: { departements: ['56'], communes: ['56260'] } };
    fetchMock.mockImplementationOnce(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(tenantCommunes(tenant)).rejects.toThrow('Failed to fetch');
    expect((await tenantCommunes(tenant)).map((c) => c.name)).toEqual(['Vannes']);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});

describe('loadCentroids (imported rows without coordinates)', () => {
  it("places rows at the centres of the tenant's communes, by INSEE code", async () => {
    const { loadCentroids } = await import('../../web/src/console/import/geocode-rows.ts');
    const centroids = await loadCentroids({ territory: { departements: ['13'], communes: ['13001'] } });
    expect([...centroids]).toEqual([['13001', { lat: 43.5283, lng: 5.44973 }]]);
  });

  it('has none when the files cannot be loaded', async () => {
    fetchMock.mockImplementation(async () => new Response('', { status: 503 }));
    const { loadCentroids } = await import('../../web/src/console/import/geocode-rows.ts');
    expect((await loadCentroids({ territory: { departements: ['13'], communes: ['13001'] } })).size).toBe(0);
  });
});

describe('localGeocoder', () => {
  it("searches the tenant's communes", async () => {
    const { localGeocoder } = await import('../../web/src/geocoding/index.ts');
    const places = await localGeocoder({ territory: { departements: ['13', '84'], communes: ['13001', '84007'] } }).search('avig');
    expect(places.map((p) => p.label)).toEqual(['Avignon']);
    expect(asked().sort()).toEqual(['/communes/13.json', '/communes/84.json']);
  });
});
