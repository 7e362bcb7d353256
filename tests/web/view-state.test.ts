import { describe, expect, it } from 'vitest';
import { parseViewState, viewUrl } from '../../web/src/view/view-state.ts';

describe('view state in the URL', () => {
  it('round-trips position, filters and the open card through one canonical URL', () => {
    const url = '/?c=43.29600,5.38000&z=13&cat=bakery,butcher&svc=delivery&open=at&at=2026-11-25T09:00:00.000Z&q=pain&l=abc123';
    const view = parseViewState({ pathname: '/', search: url.slice(1) });
    expect(view).toEqual({
      position: { lat: 43.296, lng: 5.38, zoom: 13 },
      filters: { categories: ['bakery', 'butcher'], services: ['delivery'], open: 'at', at: '2026-11-25T09:00:00.000Z', q: 'pain' },
      listingId: 'abc123',
    });
    expect(viewUrl(view)).toBe(url);
  });

  it('opens the card of a listing page /l/:id', () => {
    expect(parseViewState({ pathname: '/l/k3j9x0', search: '' }).listingId).toBe('k3j9x0');
  });

  it('drops what it does not understand instead of failing', () => {
    const view = parseViewState({ pathname: '/', search: '?c=999,5&z=40&cat=bakery,caviar&open=at&at=tomorrow&l=<script>' });
    expect(view).toEqual({ position: null, filters: { categories: ['bakery'], services: [], open: 'any', at: null, q: '' }, listingId: null });
  });
});
