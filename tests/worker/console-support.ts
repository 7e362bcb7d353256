import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach } from 'vitest';
import { buildListing, buildTenant, type ListingRecord } from '#seed/factories.ts';
import { createRandom } from '#seed/random.ts';
import type { StaffRole } from '#schema/console/auth.ts';
import type { TenantSettingsView } from '#schema/console/settings.ts';
import { replaceServices, restoreServices } from '#worker/services/index.ts';
import { localTxtResolver } from '#worker/services/dns-txt.ts';
import { memoryRateLimiter } from '#worker/services/rate-limit.ts';
import { insertListings, insertTenants, request } from './support.ts';

export const CONSOLE_TENANTS = [
  buildTenant({ id: 1, slug: 'tenant-a', name: 'CCI A', centre_lat: 43.3, centre_lng: 5.4 }),
  buildTenant({
    id: 2, slug: 'tenant-b', name: 'CCI B', centre_lat: 47.7, centre_lng: -2.8, colour_primary: '#7a1f3d',
    bounds_west: -3.7, bounds_south: 47.25, bounds_east: -2.0, bounds_north: 48.2,
  }),
  buildTenant({ id: 3, slug: 'tenant-c', name: 'CCI C', centre_lat: 45.76, centre_lng: 4.84, bounds_west: 4.5, bounds_south: 45.5, bounds_east: 5.2, bounds_north: 46.1 }),
] as const;

export const hostOf = (tenantId: number) => `${CONSOLE_TENANTS[tenantId - 1]!.slug}.localhost`;

export const clock = { now: new Date('2026-11-20T10:00:00Z') };

/** The DNS the worker reads TXT records from: what each test publishes. */
export const dns = localTxtResolver();

/** Real outbox mailer and database; generous write limits, a settable clock and a local DNS. */
export function useConsoleServices(): void {
  restoreServices();
  dns.records.clear();
  replaceServices({
    now: () => clock.now,
    dns,
    writeLimits: { perIp: memoryRateLimiter({ limit: 100_000, periodSeconds: 60 }), perTenant: memoryRateLimiter({ limit: 100_000, periodSeconds: 60 }) },
  });
}

export async function insertConsoleTenants(): Promise<void> {
  await insertTenants(...CONSOLE_TENANTS.map((tenant) => ({ tenant })));
}

export async function addStaff(tenantId: number | null, email: string, role: StaffRole): Promise<void> {
  await env.DB.prepare('INSERT INTO staff (tenant_id, email, role) VALUES (?1, ?2, ?3)').bind(tenantId, email, role).run();
}

const COMMUNE = { insee: '13055', name: 'Marseille', postcode: '13001', population: 870_000 };

/** Listings of a tenant around its centre, published and approved unless told otherwise. */
let listingSeed = 0;

export async function addListings(tenantId: number, count: number, overrides: Partial<ListingRecord> = {}): Promise<ListingRecord[]> {
  const tenant = CONSOLE_TENANTS[tenantId - 1]!;
  const random = createRandom(tenantId * 100_000 + ++listingSeed);
  const commune = { ...COMMUNE, lat: tenant.centre_lat, lng: tenant.centre_lng };
  const listings = Array.from({ length: count }, () => buildListing(random, tenantId, commune, clock.now, { email: `shop${tenantId}@example.fr`, ...overrides }));
  await insertListings(listings);
  return listings;
}

export async function setModeration(listingId: string, published: boolean, state: 'pending' | 'approved'): Promise<void> {
  await env.DB.prepare('UPDATE listings SET published = ?2, moderation_state = ?3 WHERE id = ?1').bind(listingId, published ? 1 : 0, state).run();
}

export async function queueEntry(tenantId: number, listingId: string, kind: 'registration' | 'edit', createdAt = clock.now): Promise<string> {
  const row = await env.DB
    .prepare(`INSERT INTO moderation_queue (tenant_id, listing_id, kind, mode, changes, created_at) VALUES (?1, ?2, ?3, 'review_first', '{"name":"x"}', ?4) RETURNING id`)
    .bind(tenantId, listingId, kind, createdAt.toISOString())
    .first<{ id: number }>();
  return `q${row!.id}`;
}

export async function reportEntry(tenantId: number, listingId: string): Promise<string> {
  const row = await env.DB
    .prepare(`INSERT INTO reports (tenant_id, listing_id, reason, comment, reporter_hash, created_at) VALUES (?1, ?2, 'closed', 'Fermé', 'h', ?3) RETURNING id`)
    .bind(tenantId, listingId, clock.now.toISOString())
    .first<{ id: number }>();
  return `r${row!.id}`;
}

export type Session = { host: string; cookie: string };

/** A request as the console page sends it: same origin, staff cookie, JSON body. */
export function consoleRequest(session: Session | { host: string; cookie?: string }, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  const headers: Record<string, string> = { origin: `http://${session.host}`, 'accept-language': 'en', ...init.headers };
  if (session.cookie) headers.cookie = `__Host-vitrine-staff=${session.cookie}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return request(session.host, `/api/v1/console${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

export async function latestMailTo(recipient: string): Promise<string | null> {
  const row = await env.DB.prepare('SELECT body_text FROM outbox WHERE recipient = ?1 ORDER BY id DESC LIMIT 1').bind(recipient).first<{ body_text: string }>();
  return row?.body_text ?? null;
}

export function tokenIn(mail: string | null): string {
  const match = /#token=([A-Za-z0-9_-]+)/.exec(mail ?? '');
  if (!match?.[1]) throw new Error(`no sign-in link in ${mail}`);
  return match[1];
}

export function cookieValue(response: Response): string {
  const match = /__Host-vitrine-staff=([^;]+)/.exec(response.headers.get('set-cookie') ?? '');
  if (!match?.[1]) throw new Error('no staff cookie set');
  return match[1];
}

/** Signs in through the emailed link, as a person would. */
export async function signIn(tenantId: number, email: string): Promise<Session> {
  const host = hostOf(tenantId);
  await consoleRequest({ host }, '/session/link', { method: 'POST', body: { email } });
  const response = await consoleRequest({ host }, '/session', { method: 'POST', body: { token: tokenIn(await latestMailTo(email)) } });
  if (response.status !== 200) throw new Error(`sign-in of ${email} answered ${response.status}: ${await response.text()}`);
  return { host, cookie: cookieValue(response) };
}

export async function auditRows(tenantId: number): Promise<Array<{ actor: string; action: string; target_id: string | null; before_json: string | null; after_json: string | null }>> {
  const { results } = await env.DB.prepare('SELECT actor, action, target_id, before_json, after_json FROM audit_log WHERE tenant_id = ?1 ORDER BY id').bind(tenantId).all();
  return results as never;
}

/** The tenants and their staff before a file's tests; a fixed clock and fresh services before each. */
export function setUpConsoleTests(staff: Array<[tenantId: number | null, email: string, role: StaffRole]>, now = () => new Date('2026-11-20T10:00:00Z')): void {
  beforeAll(async () => {
    await insertConsoleTenants();
    for (const [tenantId, email, role] of staff) await addStaff(tenantId, email, role);
  });
  beforeEach(async () => {
    clock.now = now();
    useConsoleServices();
    // Each test signs its staff in afresh: yesterday's sign-in mails do not count against today's cap.
    await env.DB.prepare('DELETE FROM recipient_mail_counts').run();
  });
}

/** Publishes the TXT record the console asks for a pending domain, then has the worker check it. */
export async function publishAndVerify(session: Session, host: string): Promise<Response> {
  const view = await (await consoleRequest(session, '/settings')).json<TenantSettingsView>();
  const pending = view.pendingDomains.find((domain) => domain.host === host);
  if (!pending) throw new Error(`${host} is not pending`);
  dns.records.set(pending.recordName, [pending.recordValue]);
  return consoleRequest(session, '/settings/domains/verification', { method: 'POST', body: { host } });
}
