import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_IGN_TILE_URL, publicTiles } from '#schema/tile-sources.ts';
import { initI18n } from '../../web/src/i18n/index.ts';
import { tileCacheSettings } from '../../web/src/map/offline-tiles.ts';
import { OfflineBanner } from '../../web/src/offline/OfflineBanner.tsx';

const ORIGIN = 'https://vitrine.cci-a.fr';
const settings = { customUrl: 'https://tiles.cci-a.fr/{z}/{x}/{y}.png', customAttribution: 'Fond CCI A', cacheMb: 40 };

beforeAll(async () => {
  await initI18n('fr');
});
afterEach(cleanup);

describe('tiles kept offline', () => {
  it('lets the service worker keep the archive and Plan IGN tiles, up to the cap in bytes', () => {
    expect(tileCacheSettings(publicTiles({ ...settings, source: 'archive' }), ORIGIN)).toEqual({ type: 'vitrine:tile-cache', prefixes: [`${ORIGIN}/tiles/`], maxBytes: 40_000_000 });
    const planIgn = tileCacheSettings(publicTiles({ ...settings, source: 'plan-ign' }), ORIGIN);
    expect(planIgn.maxBytes).toBe(40_000_000);
    expect(PLAN_IGN_TILE_URL.replace('{z}', '12').replace('{y}', '1443').replace('{x}', '2010').startsWith(planIgn.prefixes[0] ?? '-')).toBe(true);
  });

  it('keeps nothing of a custom source, whose licence Vitrine cannot know', () => {
    expect(tileCacheSettings(publicTiles({ ...settings, source: 'custom' }), ORIGIN)).toEqual({ type: 'vitrine:tile-cache', prefixes: [], maxBytes: 0 });
  });

  it('says offline that the map will be blank when its tiles are not kept, and only then', () => {
    render(<OfflineBanner since="2026-12-07T09:00:00Z" tilesKept={false} />);
    expect(screen.getByRole('status').textContent).toMatch(/fond de carte de ce service n’est pas gardé hors ligne/);
    cleanup();
    render(<OfflineBanner since="2026-12-07T09:00:00Z" tilesKept />);
    expect(screen.getByRole('status').textContent).not.toMatch(/fond de carte/);
  });
});
