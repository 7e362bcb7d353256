import { Hono } from 'hono';
import type { AppEnv } from './env.ts';
import { ApiProblem, handleError } from './errors.ts';
import { requireTenant } from './middleware/tenant.ts';
import { generateOpenApiDocument } from './openapi/document.ts';
import { webAppPage } from './pages/web-app.ts';
import { databaseTimeout } from './middleware/database-timeout.ts';
import { refuseMisconfigured } from './deployment/refuse-misconfigured.ts';
import { privateAnswers } from './middleware/private-answers.ts';
import { requestLimits } from './middleware/request-limits.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { d1Session } from './middleware/d1-session.ts';
import { publicReadTenant } from './middleware/public-read-tenant.ts';
import { serverTiming } from './middleware/server-timing.ts';
import { serviceWorkerPolicy } from './middleware/service-worker-policy.ts';
import { devOutboxRoutes } from './routes/dev-outbox.ts';
import { healthRoutes } from './routes/health.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { listingRoutes } from './routes/listings.ts';
import { brandRoutes } from './routes/brand.ts';
import { manifestRoutes } from './routes/manifest.ts';
import { reportRoutes } from './routes/reports.ts';
import { registrationRoutes } from './routes/registrations.ts';
import { selfServiceRoutes } from './routes/self-service.ts';
import { openDataRoutes } from './routes/open-data.ts';
import { tenantRoutes } from './routes/tenant.ts';
import { tileRoutes } from './routes/tiles.ts';
import { consoleRoutes } from './routes/console/index.ts';
import { consoleCampaignRoutes } from './routes/console/campaign.ts';
import { consoleCrisisRoutes } from './routes/console/crisis.ts';
import { alertRoutes, ownListingFollowersRoutes } from './routes/alerts.ts';
import { crisisRoutes } from './routes/crisis.ts';
import { countPublicUse } from './middleware/usage-counter.ts';
import { embedPageRoutes } from './pages/embed.ts';
import { scheduled } from './scheduled.ts';
import { setFallbackCompiler } from '#schema/hours/listing.ts';
import { compileWithLibrary, readOpeningHours } from '#schema/hours/osm-library.ts';
import { setHoursReader } from '#schema/hours/validation.ts';

// Hours outside the compiled model are read and answered by OpenStreetMap's own evaluator (decision 009).
setFallbackCompiler(compileWithLibrary);
setHoursReader(readOpeningHours);

const api = new Hono<AppEnv>()
  .use(requireTenant)
  .use('/console/*', privateAnswers)
  .use('/self-service/*', privateAnswers)
  .use(countPublicUse)
  .route('/tenant', tenantRoutes)
  .route('/listings', listingRoutes)
  .route('/listings/:id/reports', reportRoutes)
  .route('/open-data', openDataRoutes)
  .route('/registrations', registrationRoutes)
  .route('/self-service', selfServiceRoutes)
  .route('/self-service/listing/followers', ownListingFollowersRoutes)
  .route('/crisis', crisisRoutes)
  .route('/alerts', alertRoutes)
  .route('/console/crisis', consoleCrisisRoutes)
  .route('/console/campaign', consoleCampaignRoutes)
  .route('/console', consoleRoutes);

const routes = new Hono<AppEnv>()
  .use(serviceWorkerPolicy)
  .use(securityHeaders)
  .use(refuseMisconfigured)
  .use(d1Session)
  .use(serverTiming)
  .use(databaseTimeout)
  .use('/api/*', requestLimits)
  .use('/api/v1/listings/*', publicReadTenant)
  .use('/api/v1/tenant', publicReadTenant)
  .route('/api/health', healthRoutes)
  .route('/api/v1', api)
  .route('/tiles', tileRoutes)
  .route('/dev/outbox', devOutboxRoutes);

const app = routes;

// Beside the API's own routes, so that the document it generates lists them all.
app.route('/api', openApiRoutes(app));

app.use('/manifest.webmanifest', requireTenant);
app.use('/icons/*', requireTenant);
app.route('/', manifestRoutes);
app.use('/brand/*', requireTenant);
app.route('/brand', brandRoutes);
app.use('/embed', requireTenant);
app.route('/embed', embedPageRoutes);

app.all('/api/*', () => {
  throw new ApiProblem(404, 'not_found', 'route.not_found');
});

app.all('*', webAppPage);

app.onError(handleError);
app.notFound(() => {
  throw new ApiProblem(404, 'not_found', 'route.not_found');
});

export type AppType = typeof routes;

export default { fetch: app.fetch, scheduled };

/** The OpenAPI document /api/v1/openapi.json serves, for the test that validates it in Node. */
export function openApiDocument() {
  return generateOpenApiDocument(app);
}

/** The routes Hono serves, for the test that keeps the OpenAPI document complete. */
export function servedRoutes(): Array<{ method: string; path: string }> {
  return app.routes.map(({ method, path }) => ({ method, path }));
}
