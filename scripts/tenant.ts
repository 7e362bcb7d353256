/**
 * Provisions and manages tenants (CCIs) of a deployment.
 *
 *   npm run tenant -- create --slug cci-exemple --name "CCI Exemple" --domain vitrine.cci-exemple.fr --admin dsi@cci-exemple.fr
 *        [--timezone Europe/Paris] [--language fr] [--colour #1d4f91] [--centre lat,lng] [--bounds w,s,e,n]
 *   npm run tenant -- list
 *   npm run tenant -- disable --slug cci-exemple      (and: enable)
 *
 * Works on the local D1 by default; `--remote` targets the deployed database through wrangler,
 * `--persist-to DIR` another local state directory.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_TERRITORY, TenantProvisioningSchema, type TenantProvisioning } from '#schema/provisioning.ts';
import { toSqlScript } from '#seed/sql-script.ts';
import { migrate, runD1, type D1Target } from './d1.ts';

const { positionals, values } = parseArgs({
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
    remote: { type: 'boolean', default: false },
    'persist-to': { type: 'string' },
  },
});

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

  const [lat, lng] = input.centre ?? DEFAULT_TERRITORY.centre;
  const [west, south, east, north] = input.bounds ?? DEFAULT_TERRITORY.bounds;
  const zoom = input.bounds ? 10 : DEFAULT_TERRITORY.zoom;
  const statements = [
    sql(
      `INSERT INTO tenants (slug, name, colour_primary, centre_lat, centre_lng, default_zoom, bounds_west, bounds_south, bounds_east, bounds_north, timezone, default_language)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)`,
      input.slug, input.name, input.colour, lat ?? 0, lng ?? 0, zoom, west ?? 0, south ?? 0, east ?? 0, north ?? 0, input.timezone, input.language,
    ),
    ...input.domains.map((domain) => sql('INSERT INTO tenant_hosts (host, tenant_id) SELECT ?1, id FROM tenants WHERE slug = ?2', domain, input.slug)),
    sql(`INSERT INTO staff (tenant_id, email, role) SELECT id, ?1, 'admin' FROM tenants WHERE slug = ?2`, input.adminEmail, input.slug),
  ];
  // One execute call: wrangler runs the statements of one command together.
  runD1(target, statements.join('\n'));
  console.log(`Created ${input.name} (${input.slug}).`);
  for (const domain of input.domains) console.log(`  public page:  https://${domain}/`);
  console.log(`  locally:      http://${input.slug}.localhost:5173/`);
  console.log(`  console:      /console — ${input.adminEmail} signs in with an emailed link`);
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
    });
    const flagOf: Record<string, string> = { domains: 'domain', adminEmail: 'admin' };
    if (!parsed.success) {
      fail(parsed.error.issues.map((issue) => { const field = String(issue.path[0] ?? ''); return `--${flagOf[field] ?? field}: ${issue.message}`; }).join('\n'));
    }
    createTenant(parsed.data);
    break;
  }
  case 'list':
    listTenants();
    break;
  case 'disable':
  case 'enable':
    setDisabled(values.slug, positionals[0] === 'disable');
    break;
  default:
    fail('Usage: npm run tenant -- create|list|disable|enable [options] (see scripts/tenant.ts)');
}
