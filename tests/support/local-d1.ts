import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { TestServer } from './server.ts';

/** SQL on a test server's own local D1, through wrangler, answering the rows of the statement. */
export function localSql(server: TestServer, command: string): Array<Record<string, unknown>> {
  const run = spawnSync('node_modules/.bin/wrangler', ['d1', 'execute', 'DB', '--local', '--persist-to', server.stateDir, '--json', '--command', command], { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
  assert.equal(run.status, 0, run.stderr);
  return (JSON.parse(run.stdout) as Array<{ results: Array<Record<string, unknown>> }>)[0]?.results ?? [];
}
