/**
 * Provisions and manages tenants (CCIs) of a deployment; `--help` prints the usage (USAGE below).
 *
 *   npm run tenant -- create --slug cci-exemple --name "CCI Exemple" --domain vitrine.cci-exemple.fr --admin dsi@cci-exemple.fr
 *        [--departements 13,84] [--timezone Europe/Paris] [--language fr] [--colour #1d4f91] [--centre lat,lng] [--bounds w,s,e,n]
 *        [--osm export.geojson|export.osm [--confirm-hours] [--take-proposals]]
 *   npm run tenant -- import-osm --slug cci-exemple --osm export.geojson|export.osm [--confirm-hours] [--take-proposals]
 *   npm run tenant -- list
 *   npm run tenant -- disable --slug cci-exemple      (and: enable)
 *   npm run tenant -- operator add --email ops@example.fr     (and: operator list, operator remove --email …)
 *
 * `--departements` makes every commune of those départements the CCI's territory (the list its
 * admin then edits in the console): the app loads those communes for its address search and
 * imports. Without --bounds, the map's bounds and centre follow from those communes.
 *
 * `--osm` starts the map from an Overpass Turbo export or OSM XML, as the console's import does
 * (decision 010), with the tenant's tag → category table as the console edits it: the dry run is
 * printed first; nothing is created while a row is bad, nor while hours were normalised or kept
 * as text and --confirm-hours is not given; --take-proposals stores ambiguous hours as the
 * reading proposed for them (decision 009). `import-osm` adds an export's new elements to an
 * existing CCI the same way; the ones it already has are the console's re-import's to refresh.
 *
 * Network operators are staff without a tenant who see every CCI and the national view; the
 * console cannot add them. Removing one disables the row, as the console does for its staff, and
 * ends the operator's sessions and sign-in links on every tenant at once.
 *
 * Works on the local D1 by default; `--remote` targets the deployed database through wrangler,
 * `--persist-to DIR` another local state directory.
 */
import { parseArgs } from 'node:util';
import { StaffEmailSchema } from '#schema/console/auth.ts';
import { MAX_COMMUNES } from '#schema/console/settings.ts';
import { apiMessage, isApiMessageKey } from '#schema/messages.ts';
import { DEFAULT_TERRITORY, TenantProvisioningSchema, type TenantProvisioning } from '#schema/provisioning.ts';
import { boundsAround, communesOfDepartements, mainTownOf, shippedCommunes } from '#seed/communes.ts';
import { toSqlScript } from '#seed/sql-script.ts';
import { migrate, runD1, type D1Target } from './d1.ts';
import { DEFAULT_OSM_CATEGORIES, osmCategoryMapping } from '#schema/osm/categories.ts';
import type { Category } from '#schema/categories.ts';
import type { Commune } from '#schema/communes.ts';
import { communesOf, planOsmImport } from './osm-import.ts';

const USAGE = `Usage:
  npm run tenant -- create --slug cci-exemple --name "CCI Exemple" --domain vitrine.cci-exemple.fr --admin dsi@cci-exemple.fr
       [--departements 13,84] [--timezone Europe/Paris] [--language fr] [--colour #1d4f91] [--centre lat,lng] [--bounds w,s,e,n]
       [--osm export.geojson|export.osm [--confirm-hours] [--take-proposals]]
  npm run tenant -- import-osm --slug cci-exemple --osm export.geojson|export.osm [--confirm-hours] [--take-proposals]
  npm run tenant -- list
  npm run tenant -- disable --slug cci-exemple      (and: enable)
  npm run tenant -- operator add --email ops@example.fr     (and: operator list, operator remove --email …)
  npm run tenant -- --help

Every command works on the local D1; --remote targets the deployed database, --persist-to DIR another local state.`;

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        slug: { type: 'string' },
        name: { type: 'string' },
        domain: { type: 'string', multiple: true },
        admin: { type: 'string' },
        timezone: { type: 'string' },
        language: { type: 'string' },
        colour: { type: 'string' },
        centre: { type: 'string' },
        bounds: { type: 'string' },
        departements: { type: 'string' },
        email: { type: 'string' },
        osm: { type: 'string' },
        'confirm-hours': { type: 'boolean', default: false },
        'take-proposals': { type: 'boolean', default: false },
        remote: { type: 'boolean', default: false },
        'persist-to': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // A mistyped option is the usual mistake: say which, then how the command is used.
    console.error(`${(error as Error).message.split('. ')[0]}.\n\n${USAGE}`);
    process.exit(1);
  }
}

const { positionals, values } = parseCommandLine();

if (values.help || positionals[0] === 'help') {
  console.log(USAGE);
  process.exit(0);
}

const target: D1Target = { remote: values.remote ?? false, persistTo: values['persist-to'] };

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function sql(statement: string, ...params: Array<string | number | null>): string {
  return toSqlScript([{ sql: statement, params }]);
}

function createTenant(input: TenantProvisioning): void {
  const existing = runD1<{ what: string }>(
    target,
    sql(
      `SELECT 'slug' AS what FROM tenants WHERE slug = ?1 UNION ALL SELECT 'domain ' || host FROM tenant_hosts WHERE host IN (SELECT value FROM json_each(?2))`,
      input.slug,
      JSON.stringify(input.domains),
    ),
  );
  if (existing.length > 0) fail(`Already taken: ${existing.map((row) => row.what).join(', ')}`);

  const territory = territoryOf(input.departements ?? []);
  const bounds = input.bounds ?? territory.bounds;
  const [west = 0, south = 0, east = 0, north = 0] = bounds ?? DEFAULT_TERRITORY.bounds;
  // Given bounds and no centre: their middle, which the console's territory check accepts.
  const [lat = 0, lng = 0] = input.centre ?? (bounds ? [(south + north) / 2, (west + east) / 2] : DEFAULT_TERRITORY.centre);
  const zoom = input.bounds ? 10 : territory.bounds ? 9 : DEFAULT_TERRITORY.zoom;
  const statements = [
    sql(
      `INSERT INTO tenants (slug, name, colour_primary, centre_lat, centre_lng, default_zoom, bounds_west, bounds_south, bounds_east, bounds_north, timezone, default_language, main_town)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)`,
      input.slug, input.name, input.colour, lat, lng, zoom, west, south, east, north, input.timezone, input.language, mainTownOf(territory.communes),
    ),
    ...input.domains.map((domain) => sql('INSERT INTO tenant_hosts (host, tenant_id) SELECT ?1, id FROM tenants WHERE slug = ?2', domain, input.slug)),
    sql(`INSERT INTO staff (tenant_id, email, role) SELECT id, ?1, 'admin' FROM tenants WHERE slug = ?2`, input.adminEmail, input.slug),
    sql('INSERT INTO tenant_communes (tenant_id, insee) SELECT t.id, j.value FROM tenants t, json_each(?2) j WHERE t.slug = ?1', input.slug, JSON.stringify(territory.communes)),
  ];
  // One execute call: wrangler runs the statements of one command together.
  runD1(target, statements.join('\n'));
  console.log(`Created ${input.name} (${input.slug}).`);
  for (const domain of input.domains) console.log(`  public page:  https://${domain}/`);
  console.log(`  locally:      http://${input.slug}.localhost:5173/`);
  console.log(`  console:      /console — ${input.adminEmail} signs in with an emailed link`);
  if (input.departements) console.log(`  territory:    ${territory.communes.length} communes of ${input.departements.join(', ')}`);
}

/** Every commune of the départements, and the box around those the app has a centre for. */
function territoryOf(departements: readonly string[]): { communes: string[]; bounds: number[] | null } {
  if (departements.length === 0) return { communes: [], bounds: null };
  const communes = communesOfDepartements(departements);
  if (communes.length > MAX_COMMUNES) fail(`--departements: ${communes.length} communes, more than the ${MAX_COMMUNES} a territory holds`);
  const centres = departements.flatMap(shippedCommunes);
  if (centres.length === 0) return { communes, bounds: null };
  const { west, south, east, north } = boundsAround(centres);
  return { communes, bounds: [west, south, east, north] };
}

function listTenants(): void {
  const rows = runD1<{ slug: string; name: string; hosts: string | null; disabled_at: string | null; listings: number }>(
    target,
    `SELECT t.slug, t.name, t.disabled_at,
       (SELECT group_concat(host, ' ') FROM tenant_hosts h WHERE h.tenant_id = t.id) AS hosts,
       (SELECT count(*) FROM listings l WHERE l.tenant_id = t.id) AS listings
     FROM tenants t ORDER BY t.slug`,
  );
  for (const row of rows) {
    console.log(`${row.slug.padEnd(28)} ${row.disabled_at ? 'disabled' : 'active  '} ${String(row.listings).padStart(7)} listings  ${row.name}  ${row.hosts ?? ''}`);
  }
}

function setDisabled(slug: string | undefined, disabled: boolean): void {
  if (!slug) fail('--slug is required');
  const rows = runD1<{ slug: string }>(
    target,
    sql(`UPDATE tenants SET disabled_at = ${disabled ? "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')" : 'NULL'} WHERE slug = ?1 RETURNING slug`, slug),
  );
  if (rows.length === 0) fail(`No tenant with slug ${slug}`);
  console.log(`${slug} ${disabled ? 'disabled: its pages and API now answer 404' : 'enabled'}.`);
}

/** The dry run of an OSM import, printed; stops before anything is written when it is blocked. */
function planOsm(path: string, slug: string, communes: readonly Commune[], mapping: Record<string, Category>, known = new Set<string>()) {
  const plan = planOsmImport(path, slug, communes, { hoursConfirmed: values['confirm-hours'] ?? false, takeProposals: values['take-proposals'] ?? false, mapping, known, now: new Date() });
  console.log(`OpenStreetMap export ${path}: ${plan.count} listings to import`);
  for (const line of plan.report) console.log(line);
  if (plan.blocked) fail(plan.blocked);
  return plan;
}

function importOsm(plan: ReturnType<typeof planOsmImport>): void {
  if (plan.count === 0) return;
  runD1(target, plan.statements);
  console.log(`  imported:     ${plan.count} listings from OpenStreetMap (© OpenStreetMap contributors, ODbL), not yet claimed`);
}

/** Trimmed and lower-cased like the console's staff e-mails, so sign-in finds the same row. */
function operatorEmail(raw: string | undefined): string {
  if (raw === undefined) fail('--email is required');
  const parsed = StaffEmailSchema.safeParse(raw);
  if (!parsed.success) fail(`--email: ${apiMessage(parsed.error.issues[0]?.message ?? '', 'en')}`);
  return parsed.data;
}

function addOperator(email: string): void {
  // One statement: a new row, or a removed operator enabled again; an active one is left as is.
  const rows = runD1<{ email: string }>(
    target,
    sql(
      `INSERT INTO staff (tenant_id, email, role) VALUES (NULL, ?1, 'operator')
       ON CONFLICT (ifnull(tenant_id, 0), email) DO UPDATE SET disabled_at = NULL WHERE disabled_at IS NOT NULL
       RETURNING email`,
      email,
    ),
  );
  if (rows.length === 0) fail(`Already an operator: ${email}`);
  console.log(`Added operator ${email}: signs in at /console on any CCI host with an emailed link.`);
}

function listOperators(): void {
  const rows = runD1<{ email: string; created_at: string; disabled_at: string | null }>(
    target,
    `SELECT email, created_at, disabled_at FROM staff WHERE tenant_id IS NULL AND role = 'operator' ORDER BY email`,
  );
  for (const row of rows) {
    const status = row.disabled_at ? `removed ${row.disabled_at.slice(0, 10)}` : `active  added ${row.created_at.slice(0, 10)}`;
    console.log(`${row.email.padEnd(40)} ${status}`);
  }
}

function removeOperator(email: string): void {
  const active = `SELECT id FROM staff WHERE tenant_id IS NULL AND role = 'operator' AND email = ?1 AND disabled_at IS NULL`;
  // Sessions first, then the row, in one execute call: both happen or neither.
  const rows = runD1<{ email: string }>(
    target,
    [
      sql(`DELETE FROM staff_tokens WHERE staff_id IN (${active})`, email),
      sql(`UPDATE staff SET disabled_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id IN (${active}) RETURNING email`, email),
    ].join('\n'),
  );
  if (rows.length === 0) fail(`No active operator with e-mail ${email}`);
  console.log(`Removed operator ${email}: signed out everywhere, and no longer able to sign in.`);
}

function runOperatorCommand(command: string | undefined): void {
  switch (command) {
    case 'add':
      migrate(target);
      addOperator(operatorEmail(values.email));
      break;
    case 'list':
      listOperators();
      break;
    case 'remove':
      removeOperator(operatorEmail(values.email));
      break;
    default:
      fail(USAGE);
  }
}

switch (positionals[0]) {
  case 'create': {
    // A deployment's first tenant may arrive on an empty database.
    migrate(target);
    const parsed = TenantProvisioningSchema.safeParse({
      slug: values.slug,
      name: values.name,
      domains: values.domain ?? [],
      adminEmail: values.admin,
      timezone: values.timezone,
      language: values.language,
      colour: values.colour,
      centre: values.centre,
      bounds: values.bounds,
      departements: values.departements,
    });
    const flagOf: Record<string, string> = { domains: 'domain', adminEmail: 'admin' };
    if (!parsed.success) {
      // Shared schemas (the admin's e-mail) speak in message keys; the provisioning ones in English.
      const text = (message: string) => (isApiMessageKey(message) ? apiMessage(message, 'en') : message);
      fail(parsed.error.issues.map((issue) => { const field = String(issue.path[0] ?? ''); return `--${flagOf[field] ?? field}: ${text(issue.message)}`; }).join('\n'));
    }
    const communes = (parsed.data.departements ?? []).flatMap(shippedCommunes);
    // A new CCI's table is the defaults: the same function as for import-osm and the console.
    const osm = values.osm ? planOsm(values.osm, parsed.data.slug, communes, osmCategoryMapping({ defaults: { ...DEFAULT_OSM_CATEGORIES }, tenant: {} })) : null;
    createTenant(parsed.data);
    if (osm) importOsm(osm);
    break;
  }
  case 'import-osm': {
    if (!values.slug) fail('--slug is required');
    if (!values.osm) fail('--osm is required');
    const [tenant] = runD1<{ id: number }>(target, sql('SELECT id FROM tenants WHERE slug = ?1', values.slug));
    if (!tenant) fail(`No tenant with slug ${values.slug}`);
    const tableRows = runD1<{ tag: string; category: Category }>(target, sql('SELECT tag, category FROM tenant_osm_categories WHERE tenant_id = ?1', tenant.id));
    const mapping = osmCategoryMapping({ defaults: { ...DEFAULT_OSM_CATEGORIES }, tenant: Object.fromEntries(tableRows.map((row) => [row.tag, row.category])) });
    const insee = runD1<{ insee: string }>(target, sql('SELECT insee FROM tenant_communes WHERE tenant_id = ?1', tenant.id)).map((row) => row.insee);
    const known = new Set(runD1<{ osm_id: string }>(target, sql('SELECT osm_id FROM listings WHERE tenant_id = ?1 AND osm_id IS NOT NULL', tenant.id)).map((row) => row.osm_id));
    importOsm(planOsm(values.osm, values.slug, communesOf(insee), mapping, known));
    break;
  }
  case 'list':
    listTenants();
    break;
  case 'disable':
  case 'enable':
    setDisabled(values.slug, positionals[0] === 'disable');
    break;
  case 'operator':
    runOperatorCommand(positionals[1]);
    break;
  default:
    fail(USAGE);
}
