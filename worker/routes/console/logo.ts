import { Hono } from 'hono';
import { LOGO_MAX_BYTES, LOGO_TYPES, logoPath, looksLikeSvg, sniffLogoType, type LogoView } from '#schema/console/logo.ts';
import { prepareAudit } from '../../db/audit.ts';
import { prepareLogoWrite } from '../../db/console-settings.ts';
import type { AppEnv } from '../../env.ts';
import { ApiProblem } from '../../errors.ts';
import { actorOf } from '../../middleware/staff-session.ts';
import { servicesFor } from '../../services/index.ts';
import { putLogo, removeLogos } from '../../services/logo-store.ts';
import { documented } from '../../openapi/describe.ts';

const refused = (status: 413 | 415, code: string, key: string) => new ApiProblem(status, code, key, { logo: [key] });

/** The upload's own bytes decide its type; a Content-Type that names another image type is refused too. */
function checkedLogo(bytes: Uint8Array<ArrayBuffer>, declared: string | undefined) {
  if (bytes.byteLength > LOGO_MAX_BYTES) throw refused(413, 'logo_too_large', 'console.logo_too_large');
  if (looksLikeSvg(bytes)) throw refused(415, 'logo_svg', 'console.logo_svg');
  const type = sniffLogoType(bytes);
  const claimed = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (!type || (claimed !== '' && claimed !== 'application/octet-stream' && claimed !== type)) throw refused(415, 'logo_type', 'console.logo_type');
  return type;
}

/**
 * The logo, sent as the request body (a file, not a URL: the pages load images from their own
 * host only). Mounted under the settings routes, behind their staff session, settings permission
 * and same-origin check.
 */
export const logoRoutes = new Hono<AppEnv>()
  .put('/', documented({ summary: 'Upload the logo (the body is the PNG, JPEG or WebP file itself, 200 kB at most)', tag: 'Console', access: 'staff', file: LOGO_TYPES,
    errors: { '413': 'The file is over 200 kB (`logo_too_large`)', '415': 'The bytes are not a PNG, JPEG or WebP image, or are SVG (`logo_type`, `logo_svg`)' },
  }), async (c) => {
    const tenantId = c.get('tenant').id;
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const type = checkedLogo(bytes, c.req.header('content-type'));
    const version = await putLogo(c.env.UPLOADS, tenantId, bytes, type);
    const logoUrl = logoPath(version);
    const now = servicesFor(c.env).now();
    await c.env.DB.batch([
      prepareLogoWrite(c.env.DB, tenantId, logoUrl),
      prepareAudit(c.env.DB, { tenantId, actor: actorOf(c), action: 'upload_logo', targetType: 'settings', targetId: version, after: { type, bytes: bytes.byteLength }, now }),
    ]);
    await removeLogos(c.env.UPLOADS, tenantId, version);
    const view: LogoView = { logoUrl };
    return c.json(view);
  })
  .delete('/', documented({ summary: 'Remove the logo', tag: 'Console', access: 'staff' }), async (c) => {
    const tenantId = c.get('tenant').id;
    const now = servicesFor(c.env).now();
    await c.env.DB.batch([
      prepareLogoWrite(c.env.DB, tenantId, null),
      prepareAudit(c.env.DB, { tenantId, actor: actorOf(c), action: 'remove_logo', targetType: 'settings', targetId: null, now }),
    ]);
    await removeLogos(c.env.UPLOADS, tenantId);
    const view: LogoView = { logoUrl: null };
    return c.json(view);
  });
