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

type ServerCommand = { command: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv; stateDir: string; port: number; startTimeoutMs: number };

/** A running server, stopped with its whole process group; `output` is everything it printed so far. */
export type SpawnedServer = TestServer & { readonly output: string; readonly exitCode: number | null };

async function spawnServer({ command, args, cwd, env, stateDir, port, startTimeoutMs }: ServerCommand): Promise<SpawnedServer> {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, child, startTimeoutMs);
  } catch (error) {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    port,
    stateDir,
    origin: (slug) => `http://${slug}.localhost:${port}`,
    get output() {
      return output;
    },
    get exitCode() {
      return child.exitCode;
    },
    stop: async () => {
      if (child.pid && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(-child.pid, 'SIGTERM');
        await exited;
      }
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

const serverEnv = (stateDir: string, port: number): NodeJS.ProcessEnv => ({ ...process.env, VITRINE_STATE_DIR: stateDir, PORT: String(port), WRANGLER_SEND_METRICS: 'false' });

/**
 * Serves the built app (`vite preview`: the Worker in workerd with the client assets) on a free
 * port, with its own freshly migrated and seeded local D1 so tests never touch the dev database.
 * `cwd`: another checkout of the app (a benchmark's baseline), built there.
 */
export async function startTestServer(options: { cwd?: string } = {}): Promise<TestServer> {
  const cwd = options.cwd ?? process.cwd();
  const stateDir = mkdtempSync(join(tmpdir(), 'vitrine-e2e-'));
  const port = await freePort();
  const env = serverEnv(stateDir, port);
  execFileSync(join(cwd, 'node_modules/.bin/tsx'), ['seed/prepare-local.ts', '--persist-to', stateDir], { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
  return spawnServer({ command: join(cwd, 'node_modules/.bin/vite'), args: ['preview', '--port', String(port), '--strictPort'], cwd, env, stateDir, port, startTimeoutMs: 60_000 });
}

/**
 * Runs the README's first command, `npm run dev` (migrations, seed, then the Vite dev server with
 * the Worker in workerd), on a fresh state directory and a free port.
 */
export async function startDevServer(): Promise<SpawnedServer> {
  const stateDir = mkdtempSync(join(tmpdir(), 'vitrine-dev-'));
  const port = await freePort();
  return spawnServer({ command: 'npm', args: ['run', 'dev'], cwd: process.cwd(), env: serverEnv(stateDir, port), stateDir, port, startTimeoutMs: 180_000 });
}

export type TenantResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** GETs a path as a tenant's host would; Node's fetch does not send *.localhost to loopback, so set Host. */
export async function getFromHost(server: TestServer, host: string, path: string): Promise<TenantResponse> {
  const { request } = await import('node:http');
  return new Promise<TenantResponse>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host: `${host}:${server.port}` } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 500, headers: response.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** GETs JSON from a tenant's host, failing on an error status. */
export async function getTenantJson<T>(server: TestServer, slug: string, path: string): Promise<T> {
  const response = await getFromHost(server, `${slug}.localhost`, path);
  if (response.status >= 400) throw new Error(`${path}: HTTP ${response.status} ${response.body}`);
  return JSON.parse(response.body) as T;
}
