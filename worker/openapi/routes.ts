import { z, type ZodType } from 'zod';
import { AccessibilitySettingsSchema } from '#schema/accessibility.ts';
import { AlertTokenSchema, EmailAlertRequestSchema, PushSubscriptionSchema } from '#schema/alerts.ts';
import { NewStaffSchema, SignInExchangeSchema, SignInRequestSchema } from '#schema/console/auth.ts';
import { ImportChunkSchema, OsmImportChunkSchema } from '#schema/console/import.ts';
import { OsmCategoryChangeSchema } from '#schema/osm/categories.ts';
import { ListingSearchSchema, MergeSchema, StaffListingSchema } from '#schema/console/listings.ts';
import { DecisionSchema, QueueFilterSchema } from '#schema/console/moderation.ts';
import { DomainVerificationSchema, TenantSettingsSchema } from '#schema/console/settings.ts';
import { CampaignAnswerSchema } from '#schema/crisis-campaign.ts';
import { CrisisInputSchema } from '#schema/crisis.ts';
import { CsvExportQuerySchema, ListingsQuerySchema, NearestQuerySchema } from '#schema/queries.ts';
import { ClaimSchema, LinkRequestSchema, ListingFieldsSchema, RegistrationSchema } from '#schema/registration.ts';
import { ReportSchema } from '#schema/reports.ts';
import { LinkExchangeSchema, StatusChangeSchema } from '#schema/self-service.ts';

export type Access = 'public' | 'listing-session' | 'staff' | 'development';

export type RouteDoc = {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Hono's notation (`:id`); the document converts it to OpenAPI's `{id}`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  query?: ZodType;
  body?: ZodType;
  /** The media type of a successful answer when it is not JSON. */
  produces?: string;
  /** The status of a successful answer when it is not 200: what the handler passes to `c.json`. */
  success?: 201 | 202 | 204;
  /** Error answers particular to this route, by status: what each means here. */
  errors?: Record<string, string>;
};

const CellsQuery = z.object({ level: z.union([z.literal(4), z.literal(6), z.literal(8)]).optional() });
const PushRemovalSchema = z.object({ endpoint: z.string().max(1000) });

/**
 * Every route the Worker answers under /api, in one table: the OpenAPI document and the API
 * page are generated from it, and a test compares it with the routes Hono actually serves.
 */
export const ROUTE_DOCS: RouteDoc[] = [
  { method: 'get', path: '/api/health', summary: 'Service and database health', tag: 'Operations', access: 'public' },
  { method: 'get', path: '/api/v1/openapi.json', summary: 'This OpenAPI document', tag: 'Operations', access: 'public' },
  { method: 'get', path: '/api/docs', summary: 'The human-readable API page', tag: 'Operations', access: 'public', produces: 'text/html' },
  { method: 'get', path: '/api/v1/tenant', summary: "The tenant's branding, map settings, active crisis and accessibility statement", tag: 'Public', access: 'public' },
  { method: 'get', path: '/api/v1/listings', summary: 'Listings in a box (GeoJSON), or clusters when zoomed out', tag: 'Public', access: 'public', query: ListingsQuerySchema },
  { method: 'get', path: '/api/v1/listings/nearest', summary: 'The k nearest listings with their distance', tag: 'Public', access: 'public', query: NearestQuerySchema },
  { method: 'get', path: '/api/v1/listings/:id', summary: 'One listing', tag: 'Public', access: 'public' },
  { method: 'post', path: '/api/v1/listings/:id/reports', summary: 'Report wrong information on a listing', tag: 'Public', access: 'public', body: ReportSchema, success: 201 },
  { method: 'post', path: '/api/v1/alerts/listings/:id/email', summary: 'Follow a listing by e-mail (double opt-in)', tag: 'Alerts', access: 'public', body: EmailAlertRequestSchema, success: 202 },
  { method: 'post', path: '/api/v1/alerts/listings/:id/push', summary: 'Follow a listing by Web Push', tag: 'Alerts', access: 'public', body: PushSubscriptionSchema, success: 201 },
  { method: 'post', path: '/api/v1/alerts/listings/:id/push/removal', summary: 'Stop Web Push alerts for a listing', tag: 'Alerts', access: 'public', body: PushRemovalSchema },
  { method: 'get', path: '/api/v1/alerts/push-key', summary: "The deployment's VAPID public key", tag: 'Alerts', access: 'public' },
  { method: 'post', path: '/api/v1/alerts/confirmations', summary: 'Confirm an e-mail alert subscription', tag: 'Alerts', access: 'public', body: AlertTokenSchema },
  { method: 'post', path: '/api/v1/alerts/unsubscriptions', summary: 'Unsubscribe from the link alone', tag: 'Alerts', access: 'public', body: AlertTokenSchema },
  { method: 'get', path: '/api/v1/open-data', summary: 'Open data formats and licences', tag: 'Open data', access: 'public' },
  { method: 'get', path: '/api/v1/open-data/listings.csv', summary: 'Published listings as CSV (UTF-8 with BOM; delimiter=semicolon for Excel in French)', tag: 'Open data', access: 'public', produces: 'text/csv', query: CsvExportQuerySchema },
  { method: 'get', path: '/api/v1/open-data/listings.geojson', summary: 'Published listings as GeoJSON', tag: 'Open data', access: 'public', produces: 'application/geo+json' },
  { method: 'get', path: '/api/v1/open-data/openstreetmap/listings.csv', summary: 'Published listings imported from OpenStreetMap, as CSV (ODbL)', tag: 'Open data', access: 'public', produces: 'text/csv', query: CsvExportQuerySchema },
  { method: 'get', path: '/api/v1/open-data/openstreetmap/listings.geojson', summary: 'Published listings imported from OpenStreetMap, as GeoJSON (ODbL)', tag: 'Open data', access: 'public', produces: 'application/geo+json' },
  { method: 'get', path: '/api/v1/registrations/form', summary: 'Start a registration form (signed start time, bot check key)', tag: 'Registration', access: 'public' },
  {
    method: 'post', path: '/api/v1/registrations', summary: 'Register a business', tag: 'Registration', access: 'public', body: RegistrationSchema, success: 201,
    errors: {
      '403': 'The anti-bot check refused the token (`turnstile_failed`) or it was already used (`turnstile_spent`)',
      '409': 'The business is already registered (`duplicate`); its listing can be claimed',
      '422': 'The address is outside the tenant\'s territory (`out_of_territory`)',
      '503': 'The anti-bot check cannot be reached (`turnstile_unavailable`, when the deployment refuses rather than holds such registrations for review) or the database is unavailable (`unavailable`): retry after Retry-After seconds',
    },
  },
  {
    method: 'get', path: '/api/v1/registrations/siret/:siret', summary: 'Look a SIRET up in the public company directory (to prefill the form)', tag: 'Registration', access: 'public',
    errors: { '429': 'Too many lookups from this address or for this tenant: retry after Retry-After seconds' },
  },
  { method: 'post', path: '/api/v1/registrations/claim', summary: 'Claim an existing listing (link sent to its e-mail)', tag: 'Registration', access: 'public', body: ClaimSchema, success: 202 },
  { method: 'post', path: '/api/v1/registrations/links', summary: 'Ask for a new private link by e-mail', tag: 'Registration', access: 'public', body: LinkRequestSchema, success: 202 },
  { method: 'post', path: '/api/v1/self-service/session', summary: 'Exchange a private link for a listing session', tag: 'Self-service', access: 'public', body: LinkExchangeSchema },
  { method: 'delete', path: '/api/v1/self-service/session', summary: 'Sign out: end this listing session', tag: 'Self-service', access: 'public' },
  { method: 'get', path: '/api/v1/self-service/listing', summary: 'My listing', tag: 'Self-service', access: 'listing-session' },
  { method: 'put', path: '/api/v1/self-service/listing', summary: 'Edit my listing', tag: 'Self-service', access: 'listing-session', body: ListingFieldsSchema },
  { method: 'post', path: '/api/v1/self-service/listing/status', summary: 'One-tap status change', tag: 'Self-service', access: 'listing-session', body: StatusChangeSchema },
  { method: 'post', path: '/api/v1/self-service/listing/confirm', summary: 'My information is still correct', tag: 'Self-service', access: 'listing-session' },
  { method: 'delete', path: '/api/v1/self-service/listing', summary: 'Delete my listing and my personal data', tag: 'Self-service', access: 'listing-session' },
  { method: 'get', path: '/api/v1/self-service/listing/followers', summary: 'How many residents follow my listing', tag: 'Self-service', access: 'listing-session' },
  { method: 'post', path: '/api/v1/crisis/answers', summary: 'One-tap answer to a crisis campaign e-mail', tag: 'Crisis', access: 'public', body: CampaignAnswerSchema },
  { method: 'post', path: '/api/v1/console/session/link', summary: 'Ask for a staff sign-in link', tag: 'Console', access: 'public', body: SignInRequestSchema, success: 202 },
  { method: 'post', path: '/api/v1/console/session', summary: 'Exchange a sign-in link for a staff session', tag: 'Console', access: 'public', body: SignInExchangeSchema },
  { method: 'get', path: '/api/v1/console/session', summary: 'The signed-in staff member and permissions', tag: 'Console', access: 'staff' },
  { method: 'delete', path: '/api/v1/console/session', summary: 'Sign out', tag: 'Console', access: 'staff' },
  { method: 'get', path: '/api/v1/console/moderation', summary: 'Moderation queue', tag: 'Console', access: 'staff', query: QueueFilterSchema },
  { method: 'post', path: '/api/v1/console/moderation/decisions', summary: 'Approve or reject queue items, in bulk', tag: 'Console', access: 'staff', body: DecisionSchema },
  { method: 'get', path: '/api/v1/console/listings', summary: 'Search listings', tag: 'Console', access: 'staff', query: ListingSearchSchema },
  { method: 'get', path: '/api/v1/console/listings/:id', summary: 'One listing with its history', tag: 'Console', access: 'staff' },
  { method: 'put', path: '/api/v1/console/listings/:id', summary: 'Edit a listing', tag: 'Console', access: 'staff', body: StaffListingSchema },
  { method: 'post', path: '/api/v1/console/listings/:id/close', summary: 'Mark a listing permanently closed', tag: 'Console', access: 'staff' },
  { method: 'post', path: '/api/v1/console/listings/:id/merge', summary: 'Merge a duplicate into this listing', tag: 'Console', access: 'staff', body: MergeSchema },
  { method: 'get', path: '/api/v1/console/settings', summary: "The tenant's settings", tag: 'Console', access: 'staff' },
  { method: 'put', path: '/api/v1/console/settings', summary: "Change the tenant's settings", tag: 'Console', access: 'staff', body: TenantSettingsSchema },
  {
    method: 'post', path: '/api/v1/console/settings/domains/verification', summary: "Verify a domain added in the settings by its DNS TXT record", tag: 'Console', access: 'staff', body: DomainVerificationSchema,
    errors: { '404': 'The domain is not waiting for verification (`not_pending`)', '409': 'Another tenant verified it first (`domain_taken`)', '422': 'The TXT record is not there yet (`domain_unverified`)' },
  },
  { method: 'get', path: '/api/v1/console/accessibility', summary: "The tenant's accessibility statement", tag: 'Console', access: 'staff' },
  { method: 'put', path: '/api/v1/console/accessibility', summary: "Change the tenant's accessibility statement", tag: 'Console', access: 'staff', body: AccessibilitySettingsSchema },
  { method: 'get', path: '/api/v1/console/staff', summary: 'Staff accounts', tag: 'Console', access: 'staff' },
  { method: 'post', path: '/api/v1/console/staff', summary: 'Add a staff member', tag: 'Console', access: 'staff', body: NewStaffSchema, success: 201 },
  { method: 'delete', path: '/api/v1/console/staff/:id', summary: 'Remove a staff member', tag: 'Console', access: 'staff' },
  { method: 'post', path: '/api/v1/console/imports', summary: 'Start an import', tag: 'Console', access: 'staff', success: 201 },
  { method: 'get', path: '/api/v1/console/imports/osm-categories', summary: 'OpenStreetMap tag → category table of OSM imports: defaults and the tenant’s own', tag: 'Console', access: 'staff' },
  { method: 'put', path: '/api/v1/console/imports/osm-categories', summary: 'Set or reset the category of an OpenStreetMap tag for this tenant', tag: 'Console', access: 'staff', body: OsmCategoryChangeSchema },
  { method: 'post', path: '/api/v1/console/imports/:importId/rows', summary: 'Upload a chunk of import rows', tag: 'Console', access: 'staff', body: ImportChunkSchema },
  { method: 'get', path: '/api/v1/console/imports/:importId', summary: 'Dry-run report of an import', tag: 'Console', access: 'staff' },
  { method: 'post', path: '/api/v1/console/imports/:importId/commit', summary: 'Import every row, or none', tag: 'Console', access: 'staff' },
  { method: 'post', path: '/api/v1/console/imports/:importId/osm-rows', summary: 'Upload a chunk of OpenStreetMap features as import rows', tag: 'Console', access: 'staff', body: OsmImportChunkSchema },
  { method: 'get', path: '/api/v1/console/imports/:importId/osm', summary: 'Dry-run report of an OpenStreetMap import: rows, hours normalised or kept as text, changes to the map', tag: 'Console', access: 'staff' },
  { method: 'post', path: '/api/v1/console/imports/:importId/osm-commit', summary: 'Import every OpenStreetMap row or none; refreshes unclaimed listings (hoursConfirmed=1 once the hours were read; removeDisappeared=1 unpublishes the unclaimed ones the export no longer holds)', tag: 'Console', access: 'staff' },
  { method: 'delete', path: '/api/v1/console/imports/:importId', summary: 'Abandon an import', tag: 'Console', access: 'staff' },
  { method: 'get', path: '/api/v1/console/stats', summary: 'Statistics', tag: 'Console', access: 'staff' },
  { method: 'get', path: '/api/v1/console/audit', summary: 'Audit log', tag: 'Console', access: 'staff' },
  { method: 'get', path: '/api/v1/console/network/tenants', summary: 'Every tenant (network operator)', tag: 'Console', access: 'staff' },
  { method: 'get', path: '/api/v1/console/network/cells', summary: 'National map aggregates (network operator)', tag: 'Console', access: 'staff', query: CellsQuery },
  { method: 'get', path: '/api/v1/console/crisis', summary: 'Crisis mode', tag: 'Crisis', access: 'staff' },
  { method: 'put', path: '/api/v1/console/crisis', summary: 'Turn crisis mode on or change it', tag: 'Crisis', access: 'staff', body: CrisisInputSchema },
  { method: 'delete', path: '/api/v1/console/crisis', summary: 'Turn crisis mode off', tag: 'Crisis', access: 'staff' },
  { method: 'get', path: '/api/v1/console/crisis/stats', summary: 'Use during the crisis against the days before', tag: 'Crisis', access: 'staff' },
  { method: 'get', path: '/api/v1/console/campaign', summary: 'Campaign progress and answers', tag: 'Crisis', access: 'staff' },
  { method: 'get', path: '/api/v1/console/campaign/audience', summary: 'How many businesses a campaign started now would email', tag: 'Crisis', access: 'staff' },
  { method: 'post', path: '/api/v1/console/campaign', summary: 'Start the "are you open?" campaign, sent in the background', tag: 'Crisis', access: 'staff', success: 201 },
  { method: 'post', path: '/api/v1/console/campaign/pause', summary: 'Pause the campaign: no more e-mails until it is resumed', tag: 'Crisis', access: 'staff' },
  { method: 'post', path: '/api/v1/console/campaign/resume', summary: 'Resume a paused campaign in the background', tag: 'Crisis', access: 'staff' },
  { method: 'post', path: '/api/v1/console/campaign/chunks', summary: 'Send the next chunk of campaign e-mails', tag: 'Crisis', access: 'staff' },
];
