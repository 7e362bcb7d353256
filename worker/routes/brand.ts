import { Hono } from 'hono';
import { LOGO_VERSION_PATTERN } from '#schema/console/logo.ts';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { getLogo } from '../services/logo-store.ts';

/** A logo's address names its content, so browsers and the edge may keep it for good. */
const LOGO_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * The tenant's logo, on the tenant's own host: the page's CSP allows images from 'self' and
 * nowhere else. The tenant comes from the host, so a host never serves another tenant's file.
 */
export const brandRoutes = new Hono<AppEnv>().get('/logo/:version', async (c) => {
  const version = c.req.param('version');
  const notFound = new ApiProblem(404, 'not_found', 'route.not_found');
  if (!LOGO_VERSION_PATTERN.test(version)) throw notFound;
  const logo = await getLogo(c.env.UPLOADS, c.get('tenant').id, version);
  if (!logo) throw notFound;
  return new Response(logo.body, {
    headers: {
      'content-type': logo.httpMetadata?.contentType ?? 'application/octet-stream',
      'cache-control': LOGO_CACHE_CONTROL,
      etag: logo.httpEtag,
      'content-length': String(logo.size),
    },
  });
});
