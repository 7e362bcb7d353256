import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClusterFeature } from '#schema/listing.ts';
import { initI18n } from '../../web/src/i18n/index.ts';
import { ZoneList } from '../../web/src/listings/ZoneList.tsx';

function zone(id: string, lat: number, lng: number, count: number, open: number): ClusterFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: { level: 10, cell: 1, count, statuses: { open, adapted: 0, temporarily_closed: count - open, permanently_closed: 0 } },
  };
}

beforeAll(async () => {
  await initI18n('fr');
});
afterEach(cleanup);

describe('ZoneList (the list when the map shows zones)', () => {
  const zones = [zone('far', 44.5, 5.4, 120, 100), zone('near', 43.31, 5.4, 35, 30)];

  it('offers every zone as a button, nearest first, with its counts', () => {
    render(<ZoneList zones={zones} centre={{ lat: 43.3, lng: 5.4 }} onZoom={() => {}} />);
    const buttons = within(screen.getByRole('list')).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([expect.stringMatching(/^35 commerces, dont 30 ouverts — à 1,1\skm$/), expect.stringMatching(/^120 commerces, dont 100 ouverts/)]);
  });

  it('zooms the map on a zone from the keyboard', async () => {
    const onZoom = vi.fn();
    render(<ZoneList zones={zones} centre={{ lat: 43.3, lng: 5.4 }} onZoom={onZoom} />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(onZoom).toHaveBeenCalledWith(43.31, 5.4, 12);
  });
});
