import { createMiddleware } from 'hono/factory';
import { tileTemplate } from '#schema/tile-sources.ts';
import { embedOrigins } from '../db/console-settings.ts';
import { tileSettingsOf } from '../tenant.ts';
import type { AppEnv } from '../env.ts';

/** Origins the pages may call besides their own: the national geocoder and the bot check. */
const GEOCODER_ORIGIN = 'https://data.geopf.fr';
const TURNSTILE_ORIGIN = 'https://challenges.cloudflare.com';

function originOf(urlTemplate: string): string | null {
  try {
    // Tile templates carry {s}/{z}/{x}/{y} placeholders; any letter stands in for them here.
    return new URL(urlTemplate.replace(/\{[a-z]\}/g, 'a')).origin;
  } catch {
    return null;
  }
}

/**
 * The policy of an HTML page. Leaflet needs images from the tenant's tile host and `data:`
 * (marker shadows), and sets styles through the CSSOM, which CSP does not restrict; no
 * `unsafe-eval` anywhere. The Vite dev server injects inline scripts for hot reload, so it alone
 * gets `unsafe-inline` for scripts; builds, previews and production never do.
 */
export function pageContentSecurityPolicy(options: { tileUrl: string | null; devServer: boolean; frameAncestors?: readonly string[] }): string {
  const tileOrigin = options.tileUrl ? originOf(options.tileUrl) : null;
  const tileSubdomains = tileOrigin && /\{s\}/.test(options.tileUrl ?? '') ? `${tileOrigin.replace('://a.', '://*.')}` : null;
  const images = ["'self'", 'data:', 'blob:', tileOrigin, tileSubdomains].filter(Boolean).join(' ');
  const scripts = ["'self'", TURNSTILE_ORIGIN, options.devServer ? "'unsafe-inline'" : null].filter(Boolean).join(' ');
  const connect = ["'self'", GEOCODER_ORIGIN, options.devServer ? 'ws: wss:' : null].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src ${images}`,
    `connect-src ${connect}`,
    // 'self': the console previews the tenant's own embed page.
    `frame-src 'self' ${TURNSTILE_ORIGIN}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.frameAncestors?.length ? options.frameAncestors.join(' ') : "'none'"}`,
  ].join('; ');
}

/** JSON and other non-HTML answers load nothing and may never be framed. */
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

export const securityHeaders = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  // Answers from the assets binding have immutable headers: copy before changing them.
  c.res = new Response(c.res.body, c.res);
  const headers = c.res.headers;
  const isHtml = (headers.get('content-type') ?? '').includes('text/html');
  // The embed page alone may be framed, and only by the sites its CCI set in the console.
  const tenant = c.get('tenant');
  const isEmbed = isHtml && tenant !== undefined && new URL(c.req.url).pathname === '/embed';
  // The console's own preview frames it too, hence 'self'.
  const frameAncestors = isEmbed ? ["'self'", ...(await embedOrigins(c.env.DB, tenant.id))] : [];
  const policy = isHtml
    ? pageContentSecurityPolicy({ tileUrl: tenant ? tileTemplate(tileSettingsOf(tenant)) : null, devServer: c.env.DEV_SERVER === '1', frameAncestors })
    : API_CONTENT_SECURITY_POLICY;
  headers.set('Content-Security-Policy', policy);
  headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  headers.set('X-Content-Type-Options', 'nosniff');
  // same-origin keeps private links out of other sites' logs and, unlike no-referrer, leaves
  // the Origin header of our own POSTs intact for CSRF checks.
  headers.set('Referrer-Policy', 'same-origin');
  headers.set('Permissions-Policy', 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()');
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  if (frameAncestors.length === 0) headers.set('X-Frame-Options', 'DENY');
});
