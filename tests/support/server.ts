import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type TestServer = {
  port: number;
  /** The local D1 state the server reads: CLIs run against it with --persist-to. */
  stateDir: string;
  origin(slug: string): string;
  stop(): Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms`);
}

/**
 * Serves the built app (`vite preview`: the Worker in workerd with the client assets) on a free
 * port, with its own freshly migrated and seeded local D1 so tests never touch the dev database.
 * `cwd`: another checkout of the app (a benchmark's baseline), built there.
 */
export async function startTestServer(options: { cwd?: string } = {}): Promise<TestServer> {
  const cwd = options.cwd ?? process.cwd();
  const stateDir = mkdtempSync(join(tmpdir(), 'vitrine-e2e-'));
  const env = { ...process.env, VITRINE_STATE_DIR: stateDir, WRANGLER_SEND_METRICS: 'false' };
  execFileSync(join(cwd, 'node_modules/.bin/tsx'), ['seed/prepare-local.ts', '--persist-to', stateDir], { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const port = await freePort();
  const child = spawn(join(cwd, 'node_modules/.bin/vite'), ['preview', '--port', String(port), '--strictPort'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, child, 60_000);
  } catch (error) {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    port,
    stateDir,
    origin: (slug) => `http://${slug}.localhost:${port}`,
    stop: async () => {
      if (child.pid && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(-child.pid, 'SIGTERM');
        await exited;
      }
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** GETs JSON from a tenant's host; Node's fetch does not send *.localhost to loopback, so set Host. */
export async function getTenantJson<T>(server: TestServer, slug: string, path: string): Promise<T> {
  const { request } = await import('node:http');
  return new Promise<T>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host: `${slug}.localhost:${server.port}` } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        if ((response.statusCode ?? 500) >= 400) reject(new Error(`${path}: HTTP ${response.statusCode} ${body}`));
        else resolve(JSON.parse(body) as T);
      });
    });
    req.on('error', reject);
    req.end();
  });
}
