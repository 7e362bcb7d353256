import { Hono } from 'hono';
import { AccessibilitySettingsSchema } from '#schema/accessibility.ts';
import { prepareAccessibilityWrite, readAccessibility } from '../../db/accessibility.ts';
import { prepareAudit } from '../../db/audit.ts';
import { servicesFor } from '../../services/index.ts';
import { actorOf, requirePermission, requireStaff } from '../../middleware/staff-session.ts';
import { validate } from '../../validation.ts';
import type { AppEnv } from '../../env.ts';
import { documented } from '../../openapi/describe.ts';

/** The accessibility statement a CCI publishes, kept apart from the instance settings it is not part of. */
export const accessibilitySettingsRoutes = new Hono<AppEnv>()
  .use(requireStaff, requirePermission('settings'))
  .get('/', documented({ summary: "The tenant's accessibility statement", tag: 'Console', access: 'staff' }), async (c) => c.json(await readAccessibility(c.env.DB, c.get('tenant').id)))
  .put('/', documented({ summary: "Change the tenant's accessibility statement", tag: 'Console', access: 'staff' }), validate('json', AccessibilitySettingsSchema), async (c) => {
    const tenantId = c.get('tenant').id;
    const settings = c.req.valid('json');
    const before = await readAccessibility(c.env.DB, tenantId);
    const now = servicesFor(c.env).now();
    await c.env.DB.batch([
      prepareAccessibilityWrite(c.env.DB, tenantId, settings),
      prepareAudit(c.env.DB, { tenantId, actor: actorOf(c), action: 'update_accessibility', targetType: 'settings', targetId: null, before, after: settings, now }),
    ]);
    return c.json(await readAccessibility(c.env.DB, tenantId));
  });
