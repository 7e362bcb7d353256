import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type D1Target = { remote: boolean; persistTo?: string };

/** Past this, SQL goes through a file: one command-line argument holds at most 128 KiB. */
const COMMAND_MAX_LENGTH = 100_000;

/** Runs SQL on the local D1 (or the remote one) through wrangler and returns the rows. */
export function runD1<Row>(target: D1Target, sql: string): Row[] {
  if (sql.length > COMMAND_MAX_LENGTH) {
    const dir = mkdtempSync(join(tmpdir(), 'vitrine-d1-'));
    try {
      writeFileSync(join(dir, 'script.sql'), sql);
      return executeD1<Row>(target, ['--file', join(dir, 'script.sql')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return executeD1<Row>(target, ['--command', sql]);
}

function executeD1<Row>(target: D1Target, source: string[]): Row[] {
  const args = ['wrangler', 'd1', 'execute', 'DB', target.remote ? '--remote' : '--local', '--json', ...source];
  if (target.persistTo && !target.remote) args.push('--persist-to', target.persistTo);
  const output = execFileSync('npx', args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
  });
  const results = JSON.parse(output) as Array<{ results: Row[] }>;
  return results.flatMap((r) => r.results);
}

export function migrate(target: D1Target): void {
  const args = ['wrangler', 'd1', 'migrations', 'apply', 'DB', target.remote ? '--remote' : '--local'];
  if (target.persistTo && !target.remote) args.push('--persist-to', target.persistTo);
  execFileSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' } });
}
