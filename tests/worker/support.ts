import { env } from 'cloudflare:workers';
import { buildTenant, listingInsert, tenantHostInsert, tenantInsert, type ListingRecord, type SqlStatement, type TenantRecord } from '#seed/factories.ts';

export const TENANT_A = buildTenant({ id: 1, slug: 'tenant-a', name: 'CCI A', centre_lat: 43.3, centre_lng: 5.4 });
export const TENANT_B = buildTenant({ id: 2, slug: 'tenant-b', name: 'CCI B', centre_lat: 47.7, centre_lng: -2.8, colour_primary: '#7a1f3d' });

function toD1(statement: SqlStatement): D1PreparedStatement {
  return env.DB.prepare(statement.sql).bind(...statement.params);
}

export async function insertTenants(...tenants: Array<{ tenant: TenantRecord; hosts?: string[] }>): Promise<void> {
  const statements = tenants.flatMap(({ tenant, hosts = [] }) => [tenantInsert(tenant), ...hosts.map((h) => tenantHostInsert(h, tenant.id))]);
  await env.DB.batch(statements.map(toD1));
}

export async function insertListings(listings: ListingRecord[]): Promise<void> {
  for (let i = 0; i < listings.length; i += 200) await env.DB.batch(listings.slice(i, i + 200).map((l) => toD1(listingInsert(l))));
}

/**
 * A request to the Worker as a browser on `host` would send it. The answer comes back once the
 * work the Worker left running after answering (queued mail) is done, so tests read its effects.
 */
export function request(host: string, path: string, init: RequestInit = {}): Promise<Response> {
  return requestWithEnv({}, host, path, init);
}

/** A remote service that never answers, until the Worker gives up and aborts the request. */
export function hanging(signals: (AbortSignal | undefined)[] = []): typeof fetch {
  return (_input, init) => {
    const signal = init?.signal ?? undefined;
    signals.push(signal);
    return new Promise((_resolve, reject) => {
      if (signal?.aborted) reject(signal.reason);
      signal?.addEventListener('abort', () => reject(signal.reason));
    });
  };
}

/** The `name=value` of the D1 bookmark cookie a write's answer set: what the writer's browser sends next. */
export function bookmarkCookieOf(response: Response): string {
  const pair = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '').find((cookie) => cookie.startsWith('vitrine_bookmark='));
  if (!pair) throw new Error(`no bookmark cookie in: ${response.headers.get('set-cookie')}`);
  return pair;
}

/** A write made as the console or a shopkeeper makes it, through a D1 session: its bookmark cookie. */
export async function writeAsVisitor(sql: string, ...params: unknown[]): Promise<string> {
  const session = env.DB.withSession('first-primary');
  await session.prepare(sql).bind(...params).run();
  return `vitrine_bookmark=${session.getBookmark()}`;
}

/** Settings a deployment carries besides the generated vars: its secrets. */
export type DeploymentOverrides = Partial<Env> & { TURNSTILE_SECRET_KEY?: string; FORM_SIGNING_KEY?: string; MAIL_API_KEY?: string; VAPID_PRIVATE_KEY?: string };

/**
 * A request to the Worker as deployed with other settings (production, a secret missing); the
 * answer comes back once the work it left running (mail queued with waitUntil) is done.
 */
export async function requestWithEnv(overrides: DeploymentOverrides, host: string, path: string, init: RequestInit = {}): Promise<Response> {
  const { default: worker } = await import('#worker/index.ts');
  const { createExecutionContext, waitOnExecutionContext } = await import('cloudflare:test');
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(`http://${host}${path}`, init), { ...env, ...overrides } as Env, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}
