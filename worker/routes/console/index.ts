import { Hono } from 'hono';
import { sameOriginWrites } from '../../middleware/staff-session.ts';
import { accessibilitySettingsRoutes } from './accessibility.ts';
import { importRoutes } from './imports.ts';
import { consoleListingRoutes } from './listings.ts';
import { moderationRoutes } from './moderation.ts';
import { networkRoutes } from './network.ts';
import { sessionRoutes } from './session.ts';
import { settingsRoutes } from './settings.ts';
import { staffRoutes } from './staff.ts';
import { auditRoutes, statsRoutes } from './stats.ts';
import type { AppEnv } from '../../env.ts';

/** The CCI console's API: every resource behind a staff session of this tenant, every write same-origin. */
export const consoleRoutes = new Hono<AppEnv>()
  .use(sameOriginWrites)
  .route('/session', sessionRoutes)
  .route('/moderation', moderationRoutes)
  .route('/listings', consoleListingRoutes)
  .route('/settings', settingsRoutes)
  .route('/accessibility', accessibilitySettingsRoutes)
  .route('/staff', staffRoutes)
  .route('/imports', importRoutes)
  .route('/stats', statsRoutes)
  .route('/audit', auditRoutes)
  .route('/network', networkRoutes);
