import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tileFixturePath } from './build-fixture.ts';

/** The bucket and key the Worker reads its archive from, as wrangler.toml names them. */
function archiveLocation(): string {
  const config = readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8');
  const bucket = /binding = "TILES"\s*\nbucket_name = "([^"]+)"/.exec(config)?.[1];
  const key = /^TILES_ARCHIVE = "([^"]+)"/m.exec(config)?.[1];
  if (!bucket || !key) throw new Error('wrangler.toml names no TILES bucket or TILES_ARCHIVE key');
  return `${bucket}/${key}`;
}

/** Puts the local tile fixture (built on first use) into the local R2 bucket the Worker serves /tiles from. */
export async function uploadTileFixture(persistArgs: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const file = await tileFixturePath();
  execFileSync('npx', ['wrangler', 'r2', 'object', 'put', archiveLocation(), '--file', file, '--content-type', 'application/vnd.pmtiles', '--local', ...persistArgs], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
}
