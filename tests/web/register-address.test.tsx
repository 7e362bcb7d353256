import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../web/src/i18n/index.ts';
import { AddressStep } from '../../web/src/register/AddressStep.tsx';
import { emptyForm, type FormValues } from '../../web/src/register/form-model.ts';
import { testTenant } from './test-tenant.ts';

const tenant = testTenant();

const BAN_ANSWER = {
  type: 'FeatureCollection',
  features: [
    {
      geometry: { type: 'Point', coordinates: [5.5707, 43.2928] },
      properties: { label: '8 Cours Foch 13400 Aubagne', type: 'housenumber', name: '8 Cours Foch', postcode: '13400', city: 'Aubagne', citycode: '13005' },
    },
  ],
};

function renderStep(values: Partial<FormValues>) {
  const set = vi.fn();
  render(<AddressStep values={{ ...emptyForm(), ...values }} set={set} errors={{}} tenant={tenant} />);
  return set;
}

beforeAll(async () => {
  await initI18n('fr');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('registration address step', () => {
  it('fills the commune, its INSEE code, the postcode and the pin from the national address base', async () => {
    const fetchMock = vi.fn(async (input: RequestInfo | URL) => (String(input).startsWith('https://data.geopf.fr/') ? Response.json(BAN_ANSWER) : Response.json({})));
    vi.stubGlobal('fetch', fetchMock);
    const set = renderStep({ address: '8 cours foch', postcode: '13400' });
    await userEvent.click(await screen.findByRole('button', { name: 'Trouver cette adresse' }));
    await waitFor(() => expect(set).toHaveBeenCalledWith({ address: '8 Cours Foch', postcode: '13400', commune: 'Aubagne', communeInsee: '13005', lat: 43.2928, lng: 5.5707 }));
    expect(screen.getByText(/Adresse trouvée : 8 Cours Foch 13400 Aubagne/)).toBeTruthy();
    const asked = new URL(String(fetchMock.mock.calls.find(([url]) => String(url).startsWith('https://data.geopf.fr/'))?.[0]));
    expect(asked.searchParams.get('q')).toBe('8 cours foch 13400');
  });

  it('says so, and leaves the commune list to the shopkeeper, when the address service cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL) => {
      if (String(input).startsWith('https://data.geopf.fr/')) throw new TypeError('Failed to fetch');
      return Response.json({});
    }));
    const set = renderStep({ address: '8 cours foch' });
    await userEvent.click(await screen.findByRole('button', { name: 'Trouver cette adresse' }));
    expect(await screen.findByText(/service d’adresses indisponible : choisissez votre commune/)).toBeTruthy();
    expect(set).not.toHaveBeenCalled();
  });
});
