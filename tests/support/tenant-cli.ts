import { spawnSync } from 'node:child_process';

export type CliRun = { status: number | null; out: string; err: string };

/** Runs `npm run tenant -- …` against the local D1 state kept in `stateDir`. */
export function tenantCliIn(stateDir: string): (...args: string[]) => CliRun {
  return (...args) => {
    const result = spawnSync('node_modules/.bin/tsx', ['scripts/tenant.ts', ...args, '--persist-to', stateDir], { encoding: 'utf8' });
    return { status: result.status, out: result.stdout, err: result.stderr };
  };
}
