import { LISTING_PATH } from '#schema/app-paths.ts';
import { NO_FILTERS, parseFilters, writeFilters, type Filters } from './filters.ts';

export type MapPosition = { lat: number; lng: number; zoom: number };

/** Everything a shared link reproduces: where the map is, what is filtered, which card is open. */
export type ViewState = { position: MapPosition | null; filters: Filters; listingId: string | null };

const LISTING_ID = /^[0-9a-z]{1,32}$/;

function parsePosition(params: URLSearchParams): MapPosition | null {
  const [lat, lng] = (params.get('c') ?? '').split(',').map(Number);
  const zoom = Number(params.get('z'));
  if (lat === undefined || lng === undefined || !Number.isFinite(lat) || !Number.isFinite(lng) || !Number.isInteger(zoom)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180 || zoom < 1 || zoom > 19) return null;
  return { lat, lng, zoom };
}

/** Reads a view from `/?c=lat,lng&z=…&cat=…&l=id`, or from a listing's page `/l/:id`. */
export function parseViewState(location: { pathname: string; search: string }): ViewState {
  const params = new URLSearchParams(location.search);
  const fromPath = LISTING_PATH.exec(location.pathname)?.[1] ?? null;
  const fromQuery = params.get('l');
  return {
    position: parsePosition(params),
    filters: parseFilters(params),
    listingId: fromPath ?? (fromQuery && LISTING_ID.test(fromQuery) ? fromQuery : null),
  };
}

/** Five decimals is about a metre: precise enough to reopen the same view, short enough to share. */
export function viewUrl(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.position) {
    params.set('c', `${state.position.lat.toFixed(5)},${state.position.lng.toFixed(5)}`);
    params.set('z', String(state.position.zoom));
  }
  writeFilters(state.filters, params);
  if (state.listingId) params.set('l', state.listingId);
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return query ? `/?${query}` : '/';
}

export const EMPTY_VIEW: ViewState = { position: null, filters: NO_FILTERS, listingId: null };
