/**
 * Makes the local database ready for `npm run dev`: applies the migrations, then inserts the
 * demo tenants and their listings. Safe to run again: every insert is INSERT OR IGNORE with
 * deterministic ids, so nothing changes and nothing is lost.
 *
 *   tsx seed/prepare-local.ts [--persist-to DIR]
 *
 * Without --persist-to it writes where the dev server reads: VITRINE_STATE_DIR, else .wrangler/state.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_SEED, DEMO_TENANTS } from './demo-tenants.ts';
import { generateListings, listingInsert, tenantCommunesInsert, tenantHostInsert, tenantInsert, type SqlStatement } from './factories.ts';
import { toSqlScript } from './sql-script.ts';
import { uploadTileFixture } from './tiles/upload-fixture.ts';

const persistIndex = process.argv.indexOf('--persist-to');
const persistTo = persistIndex > 0 ? process.argv[persistIndex + 1] : process.env.VITRINE_STATE_DIR;
const persistArgs = persistTo ? ['--persist-to', persistTo] : [];
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' };

function wrangler(args: string[], quiet = false): void {
  execFileSync('npx', ['wrangler', ...args, '--local', ...persistArgs], { stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'], env });
}

wrangler(['d1', 'migrations', 'apply', 'DB']);

// The demo's "now" is today at midnight UTC, so re-running the same day writes identical rows.
const today = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
const statements: SqlStatement[] = [];
for (const demo of DEMO_TENANTS) {
  statements.push(tenantInsert(demo.tenant));
  // A database seeded before tile sources existed got Plan IGN from migration 0060, which cannot
  // load without network: the demo CCIs go back to the local fixture (a local switch to Plan IGN
  // lasts until the next seed).
  statements.push({ sql: "UPDATE tenants SET tile_source = ?2 WHERE id = ?1 AND tile_source = 'plan-ign'", params: [demo.tenant.id, demo.tenant.tile_source] });
  // A database seeded before the main town existed names none until the seed sets it once.
  statements.push({ sql: "UPDATE tenants SET main_town = ?2 WHERE id = ?1 AND main_town = ''", params: [demo.tenant.id, demo.tenant.main_town] });
  for (const host of demo.hosts) statements.push(tenantHostInsert(host, demo.tenant.id));
  statements.push(tenantCommunesInsert(demo.tenant.id, demo.territory));
  const listings = generateListings({ seed: DEMO_SEED, tenantId: demo.tenant.id, communes: demo.communes, count: demo.listingCount, now: today });
  statements.push(...listings.map(listingInsert));
}

const dir = mkdtempSync(join(tmpdir(), 'vitrine-seed-'));
const file = join(dir, 'seed.sql');
writeFileSync(file, toSqlScript(statements));
try {
  wrangler(['d1', 'execute', 'DB', '--file', file, '--yes'], true);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

await uploadTileFixture(persistArgs, env);

const port = process.env.PORT ?? '5173';
console.log('\nVitrine demo tenants:');
console.log(`  directory:  http://localhost:${port}/`);
for (const demo of DEMO_TENANTS) console.log(`  ${demo.tenant.name.padEnd(28)} http://${demo.tenant.slug}.localhost:${port}/`);
console.log('');
