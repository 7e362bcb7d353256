import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenStatus } from '#schema/hours/open-status.ts';
import type { ListingFeature } from '#schema/listing.ts';
import { initI18n } from '../../web/src/i18n/index.ts';
import { ListingList } from '../../web/src/listings/ListingList.tsx';
import { NO_FILTERS } from '../../web/src/view/filters.ts';

function feature(id: string, name: string, lat: number, lng: number, status: ListingFeature['properties']['status'] = 'open'): ListingFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: { id, name, category: 'bakery', status, commune: 'Vannes', address: '1 rue du Port' },
  };
}

// The list shows whatever status it is given; listingStatusAt's own tests say how one is computed.
const statusOf = (f: ListingFeature): OpenStatus => (f.properties.status === 'temporarily_closed' ? { kind: 'temporarily_closed', reopens: '2027-01-16' } : { kind: 'closed', opens: null });

const unfiltered = { filters: NO_FILTERS, timeZone: 'Europe/Paris', onClearFilters: () => {} };

beforeAll(async () => {
  await initI18n('fr');
});
afterEach(cleanup);

describe('ListingList', () => {
  const centre = { lat: 47.65, lng: -2.76 };
  const features = [feature('far', 'Loin', 47.9, -2.76), feature('near', 'Près', 47.651, -2.761, 'temporarily_closed'), feature('mid', 'Milieu', 47.7, -2.76)];

  it('lists the listings nearest first, each as a button named by its visible text, the business first', () => {
    render(<ListingList features={features} centre={centre} loading={false} error={null} onSelect={() => {}} statusOf={statusOf} {...unfiltered} />);
    const buttons = within(screen.getByRole('list')).getAllByRole('button');
    // WCAG 2.5.3: no aria-label replacing what the button shows, so speech users can say what they see.
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([null, null, null]);
    expect(buttons.map((b) => b.querySelector('.listing-name')?.textContent)).toEqual(['Près', 'Milieu', 'Loin']);
    expect(screen.getByRole('button', { name: /^Près Boulangerie/ })).toBe(buttons[0]);
    expect(screen.getByRole('status')).toHaveProperty('textContent', '3 commerces');
  });

  it('tells the status in words, not only by colour', () => {
    render(<ListingList features={features} centre={centre} loading={false} error={null} onSelect={() => {}} statusOf={statusOf} {...unfiltered} />);
    expect(screen.getByRole('button', { name: /^Près/ }).textContent).toContain('Fermé temporairement · rouvre le 16 janvier');
  });

  it('opens a card from the keyboard', async () => {
    const onSelect = vi.fn();
    render(<ListingList features={features} centre={centre} loading={false} error={null} onSelect={onSelect} statusOf={statusOf} {...unfiltered} />);
    const user = userEvent.setup();
    // The sort choice comes first: one stop for its radio group, then the nearest listing.
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('near');
  });

  it('puts the places open now first, then the nearest, when asked', async () => {
    const openOnly = (f: ListingFeature): OpenStatus => (f.id === 'far' ? { kind: 'open', until: null } : { kind: 'closed', opens: null });
    render(<ListingList features={features} centre={centre} loading={false} error={null} onSelect={() => {}} statusOf={openOnly} {...unfiltered} />);
    const names = () => within(screen.getByRole('list')).getAllByRole('button').map((b) => b.querySelector('.listing-name')?.textContent);
    expect(names()).toEqual(['Près', 'Milieu', 'Loin']);
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Ouverts maintenant d’abord, puis les plus proches' }));
    expect(names()).toEqual(['Loin', 'Près', 'Milieu']);
    expect(screen.getByText(/^Ouverts maintenant d’abord\./)).toBeTruthy();
  });

  it('says so when the area is empty', () => {
    render(<ListingList features={[]} centre={centre} loading={false} error={null} onSelect={() => {}} statusOf={statusOf} {...unfiltered} />);
    expect(screen.getByText(/Aucun commerce dans cette zone/)).toBeTruthy();
  });

  it('names the active filters of an empty list and clears them in one press', async () => {
    const onClearFilters = vi.fn();
    const filters = { ...NO_FILTERS, categories: ['bakery' as const], open: 'at' as const, at: '2026-12-07T02:00:00.000Z', q: 'pain' };
    render(<ListingList features={[]} centre={centre} loading={false} error={null} onSelect={() => {}} statusOf={statusOf} filters={filters} timeZone="Europe/Paris" onClearFilters={onClearFilters} />);
    const active = within(await screen.findByRole('list', { name: 'Filtres actifs :' })).getAllByRole('listitem').map((item) => item.textContent);
    expect(active).toEqual(['Boulangerie', 'Ouvert lundi 7 décembre à 03:00', 'Recherche : « pain »']);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Effacer les filtres et la recherche' }));
    expect(onClearFilters).toHaveBeenCalledOnce();
    expect(screen.getByText(/dézoomez la carte/)).toBeTruthy();
  });
});
