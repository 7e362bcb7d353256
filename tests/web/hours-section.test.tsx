import { cleanup, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PublicListing } from '#schema/listing.ts';
import { initI18n } from '../../web/src/i18n/index.ts';
import { HoursSection } from '../../web/src/listings/HoursSection.tsx';
import { testTenant } from './test-tenant.ts';

const tenant = testTenant({ slug: 'morbihan', name: 'CCI Morbihan' });

function listing(openingHours: string, status: PublicListing['status'] = 'open'): PublicListing {
  return {
    id: 'l1', name: 'Boulangerie du Port', category: 'bakery', status, statusUntil: null, address: '1 rue du Port', postcode: '56000', commune: 'Vannes',
    communeInsee: '56260', lat: 47.65, lng: -2.76, phone: null, website: null, services: [], openingHours,
    lastConfirmedAt: '2026-11-30T10:00:00Z', updatedAt: '2026-11-30T10:00:00Z',
  };
}

const HOLIDAYS = 'Mo-Sa 09:00-19:00; PH off; 2026 Aug 03-16 off; 2026 Dec 24-2027 Jan 02 off; 2026 Dec 31 09:00-12:00';
const items = () => within(screen.getByRole('list', { name: /exceptionnels à venir|Upcoming/ })).getAllByRole('listitem').map((item) => item.textContent?.replace(/\s/g, ' '));

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
});
afterAll(() => vi.useRealTimers());
afterEach(cleanup);

describe('the card’s upcoming exceptions', () => {
  it('lists the closures and special hours to come, soonest first, and not those already over', async () => {
    await initI18n('fr');
    render(<HoursSection listing={listing(HOLIDAYS)} tenant={tenant} at={new Date()} />);
    expect(screen.getByRole('heading', { name: 'Fermetures et horaires exceptionnels à venir' })).toBeTruthy();
    expect(items()).toEqual(['24 décembre 2026 – 2 janvier 2027 : Fermé', '31 décembre : 09:00–12:00']);
  });

  it('speaks English too', async () => {
    await initI18n('en');
    render(<HoursSection listing={listing(HOLIDAYS)} tenant={tenant} at={new Date()} />);
    expect(screen.getByRole('heading', { name: 'Upcoming exceptional closures and hours' })).toBeTruthy();
    expect(items()[0]).toBe('24 December 2026 – 2 January 2027: Closed');
  });

  it('says nothing when there is none to come, or the business has closed for good', async () => {
    await initI18n('fr');
    render(<HoursSection listing={listing('Mo-Sa 09:00-19:00; 2026 Aug 03-16 off')} tenant={tenant} at={new Date()} />);
    expect(screen.queryByRole('heading', { name: /à venir/ })).toBeNull();
    cleanup();
    render(<HoursSection listing={listing(HOLIDAYS, 'permanently_closed')} tenant={tenant} at={new Date()} />);
    expect(screen.queryByRole('heading', { name: /à venir/ })).toBeNull();
  });
});
