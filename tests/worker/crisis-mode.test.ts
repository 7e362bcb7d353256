import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CrisisPeriodStats, TenantWithCrisis } from '#schema/crisis.ts';
import { crisisHousekeeping } from '#worker/services/campaign-housekeeping.ts';
import { bookmarkCookieOf, request } from './support.ts';
import { addStaff, auditRows, clock, consoleRequest, hostOf, insertConsoleTenants, signIn, useConsoleServices, type Session } from './console-support.ts';
import { crisisOn, LOCKDOWN, shopsWithEmail } from './crisis-support.ts';

let admin: Session;
const host = hostOf(1);

/** The crisis the public tenant shows; with the bookmark cookie of a switch, as the admin who made it sees it. */
async function publicCrisis(tenantHost = host, cookie?: string): Promise<TenantWithCrisis['crisis']> {
  return (await (await request(tenantHost, '/api/v1/tenant', cookie ? { headers: { cookie } } : {})).json<TenantWithCrisis>()).crisis;
}

beforeAll(async () => {
  await insertConsoleTenants();
  await addStaff(1, 'admin@a.fr', 'admin');
  await addStaff(1, 'moderator@a.fr', 'moderator');
});

beforeEach(async () => {
  clock.now = new Date('2026-11-20T10:00:00Z');
  useConsoleServices();
  admin = await signIn(1, 'admin@a.fr');
  await env.DB.prepare('UPDATE crisis_periods SET ended_at = ?1 WHERE ended_at IS NULL').bind(clock.now.toISOString()).run();
});

describe('crisis mode', () => {
  it('puts the crisis in the public tenant payload once an admin turns it on, for that tenant only', async () => {
    expect(await publicCrisis()).toBeNull();
    const switched = await crisisOn(admin);
    expect(switched.status).toBe(200);
    const crisis = await publicCrisis(host, bookmarkCookieOf(switched));
    expect(crisis).toMatchObject({ title: LOCKDOWN.title, message: LOCKDOWN.message, endsOn: null, highlight: { statuses: ['open', 'adapted'], services: ['click_collect', 'delivery'] } });
    expect(crisis?.startedAt).toBe(clock.now.toISOString());
    expect(await publicCrisis(hostOf(2))).toBeNull();
    expect((await auditRows(1)).map((row) => row.action)).toContain('start_crisis');
  });

  it('edits the running crisis without moving its start', async () => {
    const started = (await publicCrisis(host, bookmarkCookieOf(await crisisOn(admin))))!.startedAt;
    clock.now = new Date('2026-11-21T08:00:00Z');
    admin = await signIn(1, 'admin@a.fr');
    const edited = await crisisOn(admin, { ...LOCKDOWN, title: { fr: 'Inondations', en: null } });
    expect(await publicCrisis(host, bookmarkCookieOf(edited))).toMatchObject({ title: { fr: 'Inondations', en: null }, startedAt: started });
  });

  it('ends on its own after its last day, in the tenant calendar, and keeps the period for statistics', async () => {
    await crisisOn(admin, { ...LOCKDOWN, endsOn: '2026-11-22' });
    clock.now = new Date('2026-11-22T22:30:00Z'); // 23:30 in Paris: still the 22nd
    expect(await publicCrisis()).not.toBeNull();
    clock.now = new Date('2026-11-22T23:30:00Z'); // the 23rd in Paris: everyone, cache or not
    expect(await publicCrisis()).toBeNull();
    expect((await crisisHousekeeping(env, clock.now)).crisesEnded).toBe(1);
    admin = await signIn(1, 'admin@a.fr');
    const { periods } = await (await consoleRequest(admin, '/crisis')).json<{ periods: Array<{ endedAt: string | null }> }>();
    expect(periods[0]?.endedAt).toBe('2026-11-22T23:30:00.000Z');
  });

  it('restores the normal display when turned off, without touching what shopkeepers entered', async () => {
    await shopsWithEmail(5);
    const listings = () => env.DB.prepare('SELECT id, status, services, opening_hours, last_confirmed_at FROM listings WHERE tenant_id = 1 ORDER BY id').all();
    const before = (await listings()).results;
    await crisisOn(admin);
    const ended = await consoleRequest(admin, '/crisis', { method: 'DELETE' });
    expect(ended.status).toBe(200);
    expect(await publicCrisis(host, bookmarkCookieOf(ended))).toBeNull();
    expect((await listings()).results).toEqual(before);
    expect((await consoleRequest(admin, '/crisis', { method: 'DELETE' })).status).toBe(409);
  });

  it('lets only admins switch it, from a page of the same host', async () => {
    const moderator = await signIn(1, 'moderator@a.fr');
    expect((await crisisOn(moderator)).status).toBe(403);
    const crossSite = await consoleRequest(admin, '/crisis', { method: 'PUT', body: LOCKDOWN, headers: { origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    expect(await publicCrisis()).toBeNull();
  });

  it('answers field-level errors for a crisis without a French title', async () => {
    const response = await crisisOn(admin, { ...LOCKDOWN, title: { fr: '', en: 'Lockdown' } });
    expect(response.status).toBe(400);
    const body = await response.json<{ error: { fields: Record<string, string[]> } }>();
    expect(Object.keys(body.error.fields)).toEqual(['title.fr']);
  });

  it('splits the statistics between the crisis period and the same number of days before it', async () => {
    const count = (day: string, n: number) => env.DB.prepare(`INSERT OR REPLACE INTO daily_counts (tenant_id, day, metric, n) VALUES (1, ?1, 'search', ?2)`).bind(day, n);
    await env.DB.batch([count('2026-11-18', 4), count('2026-11-19', 6), count('2026-11-20', 40), count('2026-11-21', 60)]);
    await crisisOn(admin);
    clock.now = new Date('2026-11-21T12:00:00Z');
    admin = await signIn(1, 'admin@a.fr');
    const { periods } = await (await consoleRequest(admin, '/crisis/stats')).json<{ periods: CrisisPeriodStats[] }>();
    expect(periods[0]).toMatchObject({ days: 2, during: { search: 100 }, before: { search: 10 } });
  });
});
