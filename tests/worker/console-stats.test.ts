import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { TenantStats } from '#schema/console/stats.ts';
import { request } from './support.ts';
import { addListings, consoleRequest, hostOf, queueEntry, setUpConsoleTests, signIn } from './console-support.ts';

setUpConsoleTests([[1, 'modo@a.fr', 'moderator']], () => new Date());

describe('console statistics', () => {
  it('counts searches and listing views per day, without anything about the visitor', async () => {
    const [listing] = await addListings(1, 3, { status: 'open' });
    await request(hostOf(1), '/api/v1/listings?bbox=5,43,6,44&q=pain', { headers: { 'cf-connecting-ip': '203.0.113.9' } });
    await request(hostOf(1), '/api/v1/listings?bbox=5,43,6,44&q=fromage');
    await request(hostOf(1), `/api/v1/listings/${listing!.id}`);
    await request(hostOf(1), '/api/v1/listings/doesnotexist');
    await request(hostOf(2), '/api/v1/listings?bbox=5,43,6,44&q=pain');
    const rows = await env.DB.prepare('SELECT * FROM daily_counts WHERE tenant_id = 1 ORDER BY metric').all<Record<string, unknown>>();
    expect(rows.results.map(({ metric, n }) => ({ metric, n }))).toEqual([{ metric: 'listing_view', n: 1 }, { metric: 'search', n: 2 }]);
    expect(Object.keys(rows.results[0]!).sort()).toEqual(['day', 'metric', 'n', 'tenant_id']);
  });

  it('answers listings by status, category and commune, and activity over time', async () => {
    const listings = await addListings(1, 4);
    await queueEntry(1, listings[0]!.id, 'registration');
    await queueEntry(1, listings[1]!.id, 'edit');
    const session = await signIn(1, 'modo@a.fr');
    const stats = await (await consoleRequest(session, '/stats')).json<TenantStats>();
    const total = (counts: Array<{ count: number }>) => counts.reduce((sum, c) => sum + c.count, 0);
    const { n } = (await env.DB.prepare('SELECT count(*) AS n FROM listings WHERE tenant_id = 1').first<{ n: number }>())!;
    expect(total(stats.byStatus)).toBe(n);
    expect(total(stats.byCategory)).toBe(n);
    expect(stats.byCommune).toEqual([{ key: 'Marseille', count: n }]);
    expect(total(stats.registrations)).toBe(1);
    expect(total(stats.updates)).toBe(1);
    expect(stats.searches[0]?.day).toBe(new Date().toISOString().slice(0, 10));
  });
});
