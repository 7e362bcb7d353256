import { execFileSync } from 'node:child_process';

export type D1Target = { remote: boolean; persistTo?: string };

/** Runs SQL on the local D1 (or the remote one) through wrangler and returns the rows. */
export function runD1<Row>(target: D1Target, sql: string): Row[] {
  const args = ['wrangler', 'd1', 'execute', 'DB', target.remote ? '--remote' : '--local', '--json', '--command', sql];
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
