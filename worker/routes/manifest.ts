import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { tenantIconPng } from '../pages/tenant-icon.ts';

export const ICON_SIZES = [192, 512] as const;

/** Per-tenant web app manifest and icons: each CCI's app installs under its own name and colours. */
export const manifestRoutes = new Hono<AppEnv>()
  .get('/manifest.webmanifest', (c) => {
    const tenant = c.get('tenant');
    const manifest = {
      id: '/',
      name: tenant.name,
      short_name: tenant.name.length <= 12 ? tenant.name : tenant.name.replace(/^CCI\s+(d[eu']\s*)?/i, '').slice(0, 12),
      description: tenant.defaultLanguage === 'fr' ? 'Les commerces ouverts près de chez vous' : 'Local businesses open near you',
      lang: tenant.defaultLanguage,
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#fafafa',
      theme_color: tenant.colourPrimary,
      icons: ICON_SIZES.map((size) => ({ src: `/icons/tenant-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
    };
    return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json', 'cache-control': 'public, max-age=3600' } });
  })
  .get('/icons/:file{tenant-(192|512)\\.png}', async (c) => {
    const size = Number(/\d+/.exec(c.req.param('file'))?.[0]);
    const png = await tenantIconPng(size, c.get('tenant').colourPrimary);
    return new Response(png, { headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400' } });
  });
