import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';

/**
 * A service worker runs under the CSP of its own script. The JSON policy (`default-src 'none'`)
 * would stop it from loading the Workbox runtime and from fetching the app shell to precache it,
 * so the worker's scripts get a policy of their own: same origin, plus Plan IGN's tiles, which it
 * fetches itself to keep them offline (web/public/sw-tiles.js). Registered outside the
 * security headers, it has the last word on these paths alone.
 */
const SERVICE_WORKER_SCRIPT = /^\/(sw|workbox-[0-9a-f]+)\.js$/;
export const SERVICE_WORKER_POLICY = "default-src 'self'; script-src 'self'; connect-src 'self' https://data.geopf.fr; object-src 'none'; base-uri 'none'";

export const serviceWorkerPolicy = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (!SERVICE_WORKER_SCRIPT.test(new URL(c.req.url).pathname) || !c.res.ok) return;
  c.res = new Response(c.res.body, c.res);
  c.res.headers.set('Content-Security-Policy', SERVICE_WORKER_POLICY);
  c.res.headers.set('Cache-Control', 'no-cache');
});
