/**
 * Backup and restore drill on local D1 state directories (docs/backups.md):
 *   A: migrated + seeded; backed up table by table (the path of docs/decisions/004); then one
 *      listing is erased with the function the self-service DELETE uses, after the backup.
 *   B: migrations, then the table files, then the search index rebuilt, then A's erasure log
 *      re-applied with the function the hourly cron runs.
 * Checks counts, a sample of listings, text search, and that the erased listing did not come
 * back. Prints ok/FAIL per check; exits 1 on any failure.
 *
 *   npm run drill:backup
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { migrate, type D1Target } from './d1.ts';

const ROOT = resolve(import.meta.dirname, '..');
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' };

/**
 * The Worker's own functions, loaded at run time: this script is type-checked as Node code, and
 * the Worker's modules need the Workers types. Running them (not a copy of their SQL) is what
 * keeps the drill honest when the list of personal-data tables grows.
 */
type DbFunctions = {
  eraseListing(db: unknown, tenantId: number, id: string, now: Date): Promise<void>;
  reapplyErasures(db: unknown): Promise<number>;
};
type MailFunctions = {
  sendPrivateLink(db: unknown, mailer: unknown, recipient: Record<string, unknown>, language: string, now: Date): Promise<void>;
};
type MailerFunctions = { outboxMailer(db: unknown, now: () => Date): unknown };
const workerModule = <T>(path: string): Promise<T> => import(join(ROOT, path)) as Promise<T>;

/**
 * `wrangler d1 export --local` has no --persist-to: it reads `.wrangler/state` next to the
 * configuration file. So each side gets a directory with a configuration naming the same
 * database, and its state lives right there.
 */
function workspace(dir: string): { dir: string; config: string; state: string; target: D1Target } {
  mkdirSync(dir, { recursive: true });
  const toml = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8');
  const database = toml.match(/\[\[d1_databases\]\][\s\S]*?migrations_dir = "[^"]+"/)?.[0];
  if (!database) throw new Error('no [[d1_databases]] block in wrangler.toml');
  const config = join(dir, 'wrangler.toml');
  writeFileSync(config, `name = "vitrine-drill"\ncompatibility_date = "2026-04-20"\n\n${database.replace(/migrations_dir = "([^"]+)"/, (_, p: string) => `migrations_dir = "${join(ROOT, p)}"`)}\n`);
  const state = join(dir, '.wrangler', 'state');
  return { dir, config, state, target: { remote: false, persistTo: state } };
}

function wrangler(args: string[]): void {
  execFileSync('npx', ['wrangler', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env });
}

/** scripts/d1.ts's runD1, with room for listing_cells (several MB of JSON) in one answer. */
function runD1<Row>(target: D1Target, sql: string): Row[] {
  const args = ['wrangler', 'd1', 'execute', 'DB', '--local', '--json', '--command', sql, '--persist-to', target.persistTo ?? ''];
  const output = execFileSync('npx', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env, maxBuffer: 512 * 1024 * 1024 });
  return (JSON.parse(output) as Array<{ results: Row[] }>).flatMap((r) => r.results);
}

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

type TableRow = { name: string };

/**
 * Not exported: the FTS5 table and its shadow tables (wrangler refuses them, and they are
 * derived), listing_cells (the insert triggers of 0006/0010 rebuild it from listings), and the
 * bookkeeping tables that migrations or D1 itself own.
 */
function isDerivedOrInternal(table: string): boolean {
  return (
    table === 'listings_search' ||
    table.startsWith('listings_search_') ||
    table === 'listing_cells' ||
    table === 'd1_migrations' ||
    table === 'sqlite_sequence' ||
    table.toLowerCase().startsWith('_cf_')
  );
}

const SEARCH_WORDS = ['pain', 'boulangerie', 'fromage', 'miel', 'cafe', 'pharmacie', 'fleurs', 'livres', 'velo', 'marseille'];

function searchIds(target: D1Target, word: string): string[] {
  return runD1<{ id: string }>(
    target,
    `SELECT l.id FROM listings_search s JOIN listings l ON l.rowid = s.rowid WHERE listings_search MATCH ${quote(`"${word}"*`)} ORDER BY l.id`,
  ).map((r) => r.id);
}

function countAll(target: D1Target, tables: string[]): Record<string, number> {
  // D1 caps compound SELECTs at a few terms: one row of scalar subqueries instead.
  return scalarCounts(target, Object.fromEntries(tables.map((t) => [t, `SELECT count(*) FROM "${t}"`])));
}

function scalarCounts(target: D1Target, queries: Record<string, string>): Record<string, number> {
  const sql = `SELECT ${Object.entries(queries).map(([name, query]) => `(${query}) AS ${quote(name)}`).join(', ')}`;
  return runD1<Record<string, number>>(target, sql)[0] ?? {};
}

const checks: Array<{ name: string; ok: boolean; detail: string }> = [];
function check(name: string, ok: boolean, detail = ''): void {
  checks.push({ name, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name}${detail ? ` — ${detail}` : ''}`);
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'vitrine-drill-'));
  const a = workspace(join(work, 'a'));
  const b = workspace(join(work, 'b'));
  const backupDir = join(work, 'backup');
  mkdirSync(backupDir);
  const started = Date.now();
  const step = (text: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`);
  try {
    step(`A: migrations and demo seed in ${a.state}`);
    execFileSync('node_modules/.bin/tsx', ['seed/prepare-local.ts', '--persist-to', a.state], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env });

    // The listing to erase gets a private-link mail first, so its personal data is in more than one table of the backup.
    const victim = runD1<{ id: string; tenant_id: number; name: string; email: string; tenant_name: string }>(
      a.target,
      `SELECT l.id, l.tenant_id, l.name, l.email, t.name AS tenant_name FROM listings l JOIN tenants t ON t.id = l.tenant_id
        WHERE l.email IS NOT NULL ORDER BY l.id LIMIT 1`,
    )[0];
    if (!victim) throw new Error('no listing with an email in the seed');
    const proxyA = await getPlatformProxy<{ DB: unknown }>({ configPath: a.config, persist: { path: join(a.state, 'v3') } });
    const { sendPrivateLink } = await workerModule<MailFunctions>('worker/services/link-mail.ts');
    const { outboxMailer } = await workerModule<MailerFunctions>('worker/services/mailer.ts');
    const now = new Date();
    await sendPrivateLink(
      proxyA.env.DB,
      outboxMailer(proxyA.env.DB, () => now),
      { tenantId: victim.tenant_id, tenantName: victim.tenant_name, origin: 'http://localhost', listingId: victim.id, listingName: victim.name, email: victim.email },
      'fr',
      now,
    );
    await proxyA.dispose();

    const allTables = runD1<TableRow>(a.target, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid").map((r) => r.name);
    // Creation order is migration order: a table is created after the tables it references.
    const backedUp = allTables.filter((t) => !isDerivedOrInternal(t));
    step(`A: backup of ${backedUp.length} tables (skipped: ${allTables.filter(isDerivedOrInternal).join(', ')})`);
    for (const table of backedUp) {
      wrangler(['d1', 'export', 'DB', '--local', '-c', a.config, '--table', table, '--no-schema', '--output', join(backupDir, `${table}.sql`)]);
    }

    step(`A: erasing listing ${victim.id} (${victim.email}) after the backup, with eraseListing`);
    const { eraseListing, reapplyErasures } = await workerModule<DbFunctions>('worker/db/listing-writes.ts');
    const proxyA2 = await getPlatformProxy<{ DB: unknown }>({ configPath: a.config, persist: { path: join(a.state, 'v3') } });
    await eraseListing(proxyA2.env.DB, victim.tenant_id, victim.id, new Date());
    await proxyA2.dispose();
    const logged = runD1<{ n: number }>(a.target, `SELECT count(*) AS n FROM erasure_log WHERE listing_id = ${quote(victim.id)}`)[0]?.n ?? 0;
    check('erasure_log in A has the erased listing', logged === 1, `${logged} row`);
    // The log outlives the backup: it is exported again when the restore happens.
    const erasureLogFile = join(backupDir, 'erasure_log.latest.sql');
    wrangler(['d1', 'export', 'DB', '--local', '-c', a.config, '--table', 'erasure_log', '--no-schema', '--output', erasureLogFile]);

    const emailInA = scalarCounts(a.target, { n: `SELECT count(*) FROM listings WHERE email = ${quote(victim.email)}` }).n ?? 0;
    const derived = ['listing_cells'];
    const countsA = countAll(a.target, [...backedUp, ...derived]);
    const sampleA = runD1<Record<string, unknown>>(a.target, 'SELECT * FROM listings ORDER BY substr(id, 3) || id LIMIT 20');
    const cellsA = runD1<Record<string, unknown>>(a.target, 'SELECT * FROM listing_cells ORDER BY tenant_id, category, level, cell');
    const searchA = Object.fromEntries(SEARCH_WORDS.map((w) => [w, searchIds(a.target, w)]));

    step('B: migrations into a fresh state directory');
    migrate(b.target);
    step('B: restoring the table files in creation order (triggers rebuild listing_cells and the search index)');
    const restore = join(work, 'restore.sql');
    writeFileSync(restore, backedUp.map((t) => readFileSync(join(backupDir, `${t}.sql`), 'utf8')).join('\n'));
    wrangler(['d1', 'execute', 'DB', '--local', '--persist-to', b.state, '--file', restore, '--yes']);
    step('B: rebuilding the search index (docs/decisions/004, last statement of 0009)');
    runD1(b.target, 'DELETE FROM listings_search');
    runD1(b.target, 'INSERT INTO listings_search (rowid, name, products, category, place) SELECT rowid, name, products, category, place FROM listing_search_documents');

    step("B: re-applying A's erasure log with reapplyErasures (the hourly cron's function)");
    const logFile = join(work, 'erasure_log.sql');
    writeFileSync(logFile, readFileSync(erasureLogFile, 'utf8').replace(/^INSERT INTO/gm, 'INSERT OR IGNORE INTO'));
    wrangler(['d1', 'execute', 'DB', '--local', '--persist-to', b.state, '--file', logFile, '--yes']);
    const proxyB = await getPlatformProxy<{ DB: unknown }>({ configPath: b.config, persist: { path: join(b.state, 'v3') } });
    const reapplied = await reapplyErasures(proxyB.env.DB);
    await proxyB.dispose();
    check('reapplyErasures erased the listing that came back with the backup', reapplied === 1, `${reapplied} listing(s)`);

    step('Checks');
    const countsB = countAll(b.target, [...backedUp, ...derived]);
    const differing = Object.keys(countsA).filter((t) => countsA[t] !== countsB[t]);
    check(
      `row counts of ${backedUp.length} restored tables and listing_cells match A after its erasure`,
      differing.length === 0,
      differing.length ? differing.map((t) => `${t}: A ${countsA[t]} B ${countsB[t]}`).join(', ') : `listings ${countsB.listings}, outbox ${countsB.outbox}, erasure_log ${countsB.erasure_log}`,
    );
    const sampleB = runD1<Record<string, unknown>>(b.target, `SELECT * FROM listings WHERE id IN (${sampleA.map((r) => quote(String(r.id))).join(',')})`);
    const byId = new Map(sampleB.map((r) => [String(r.id), r]));
    const fieldDiffs = sampleA.flatMap((row) =>
      Object.keys(row)
        .filter((column) => JSON.stringify(row[column]) !== JSON.stringify(byId.get(String(row.id))?.[column]))
        .map((column) => `${String(row.id)}.${column}`),
    );
    check(`a sample of ${sampleA.length} listings matches field by field`, sampleA.length === 20 && fieldDiffs.length === 0, fieldDiffs.slice(0, 5).join(', '));
    const cellsB = runD1<Record<string, unknown>>(b.target, 'SELECT * FROM listing_cells ORDER BY tenant_id, category, level, cell');
    check('listing_cells rebuilt by the triggers equals A', JSON.stringify(cellsA) === JSON.stringify(cellsB), `${cellsB.length} cells`);
    const searchDiffs = SEARCH_WORDS.filter((w) => JSON.stringify(searchA[w]) !== JSON.stringify(searchIds(b.target, w)));
    const hits = SEARCH_WORDS.reduce((sum, w) => sum + (searchA[w]?.length ?? 0), 0);
    check(`text search in B finds what A finds (${SEARCH_WORDS.length} words, ${hits} hits in A)`, hits > 0 && searchDiffs.length === 0, searchDiffs.join(', '));
    let integrity = 'passed';
    try {
      runD1(b.target, "INSERT INTO listings_search (listings_search, rank) VALUES ('integrity-check', 1)");
    } catch (error) {
      integrity = String((error as { stdout?: string }).stdout ?? error).trim();
    }
    check('FTS5 integrity-check of the rebuilt index', integrity === 'passed', integrity === 'passed' ? '' : integrity);

    const schemas = runD1<{ name: string; sql: string }>(b.target, "SELECT name, sql FROM sqlite_master WHERE type = 'table'");
    const withListingId = schemas.filter((t) => backedUp.includes(t.name) && t.name !== 'erasure_log' && /\blisting_id\b/.test(t.sql)).map((t) => t.name);
    const leftovers = Object.entries(
      scalarCounts(b.target, {
        listings: `SELECT count(*) FROM listings WHERE id = ${quote(victim.id)}`,
        // Several seeded listings may share a contact address: only the erased one's rows must go.
        'listings (address beyond A)': `SELECT max(0, count(*) - ${emailInA}) FROM listings WHERE email = ${quote(victim.email)}`,
        'outbox (address)': `SELECT count(*) FROM outbox WHERE recipient = ${quote(victim.email)} OR body_text LIKE ${quote(`%${victim.email}%`)}`,
        ...Object.fromEntries(withListingId.map((t) => [t, `SELECT count(*) FROM "${t}" WHERE listing_id = ${quote(victim.id)}`])),
      }),
    )
      .map(([t, n]) => ({ t, n }))
      .filter((r) => r.n > 0);
    const inBackup = readFileSync(join(backupDir, 'outbox.sql'), 'utf8').includes(victim.email) && readFileSync(join(backupDir, 'listings.sql'), 'utf8').includes(victim.email);
    check('the backup did hold the erased listing (listings and outbox)', inBackup);
    check(
      `the erased listing's personal data is not in B (listings, outbox and ${withListingId.length} tables by listing_id)`,
      leftovers.length === 0,
      leftovers.map((r) => `${r.t}: ${r.n}`).join(', '),
    );
    const nameHits = runD1<{ id: string }>(
      b.target,
      `SELECT l.id FROM listings_search s JOIN listings l ON l.rowid = s.rowid WHERE listings_search MATCH ${quote(`name:"${victim.name.replace(/"/g, '')}"`)} AND l.id = ${quote(victim.id)}`,
    );
    check("the search index of B does not find the erased listing's name", nameHits.length === 0);
    const fk = runD1<Record<string, unknown>>(b.target, 'PRAGMA foreign_key_check');
    check('no dangling foreign keys in B', fk.length === 0, fk.length ? JSON.stringify(fk.slice(0, 3)) : '');
    step(`done in ${work}`);
  } finally {
    if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
  }
  const failed = checks.filter((c) => !c.ok).length;
  console.log(`\n${checks.length - failed}/${checks.length} checks ok${failed ? `, ${failed} FAILED` : ''}`);
  process.exitCode = failed ? 1 : 0;
}

await main();
