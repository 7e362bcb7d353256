import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { request } from './support.ts';
import {
  addListings, auditRows, clock, consoleRequest, hostOf, latestMailTo, queueEntry, reportEntry, type Session, setModeration, setUpConsoleTests, signIn,
} from './console-support.ts';

type Queue = { items: Array<{ id: string; kind: string; listingId: string; communeInsee: string; category: string }> };

let admin: Session;

setUpConsoleTests([[1, 'admin@a.fr', 'admin']]);

beforeEach(async () => {
  admin = await signIn(1, 'admin@a.fr');
});

async function pendingListing(tenantId: number, email = 'shop@example.fr') {
  const [listing] = await addListings(tenantId, 1, { email });
  await setModeration(listing!.id, false, 'pending');
  return { listing: listing!, item: await queueEntry(tenantId, listing!.id, 'registration') };
}

const publicStatus = async (tenantId: number, id: string) => (await request(hostOf(tenantId), `/api/v1/listings/${id}`)).status;

describe('moderation queue', () => {
  it('lists pending registrations, edits and open reports with their listing', async () => {
    const { listing, item } = await pendingListing(1);
    const [other] = await addListings(1, 1);
    const report = await reportEntry(1, other!.id);
    const { items } = await (await consoleRequest(admin, '/moderation')).json<Queue>();
    expect(items).toContainEqual(expect.objectContaining({ id: item, kind: 'registration', listingId: listing.id }));
    expect(items).toContainEqual(expect.objectContaining({ id: report, kind: 'report', listingId: other!.id }));
    const reportsOnly = await (await consoleRequest(admin, '/moderation?kind=report')).json<Queue>();
    expect(reportsOnly.items.every((i) => i.kind === 'report')).toBe(true);
  });

  it('filters by commune, category and age', async () => {
    const { listing, item } = await pendingListing(1);
    const byCategory = await (await consoleRequest(admin, `/moderation?category=${listing.category}`)).json<Queue>();
    expect(byCategory.items.map((i) => i.id)).toContain(item);
    expect(byCategory.items.every((i) => i.category === listing.category)).toBe(true);
    const otherCommune = await (await consoleRequest(admin, '/moderation?commune=2A004')).json<Queue>();
    expect(otherCommune.items).toEqual([]);
    const old = await (await consoleRequest(admin, '/moderation?minAgeDays=3')).json<Queue>();
    expect(old.items.map((i) => i.id)).not.toContain(item);
    clock.now = new Date(clock.now.getTime() + 4 * 86_400_000);
    admin = await signIn(1, 'admin@a.fr');
    const later = await (await consoleRequest(admin, '/moderation?minAgeDays=3')).json<Queue>();
    expect(later.items.map((i) => i.id)).toContain(item);
    expect((await consoleRequest(admin, '/moderation?category=spaceships')).status).toBe(400);
  });

  it('publishes an approved registration on the public map, and audits it', async () => {
    const { listing, item } = await pendingListing(1);
    expect(await publicStatus(1, listing.id)).toBe(404);
    const response = await consoleRequest(admin, '/moderation/decisions', { method: 'POST', body: { items: [item], decision: 'approve' } });
    expect(response.status).toBe(200);
    expect(await publicStatus(1, listing.id)).toBe(200);
    expect(await publicStatus(2, listing.id)).toBe(404);
    const entry = (await auditRows(1)).find((row) => row.action === 'approve_registration' && row.target_id === listing.id);
    expect(JSON.parse(entry!.before_json!)).toEqual({ item, state: 'pending' });
    expect(JSON.parse(entry!.after_json!)).toMatchObject({ item, state: 'approved' });
  });

  it('rejects with a reason that is emailed to the shopkeeper, taking the listing off the map', async () => {
    const { listing, item } = await pendingListing(1, 'rejected@example.fr');
    await setModeration(listing.id, true, 'pending');
    const noReason = await consoleRequest(admin, '/moderation/decisions', { method: 'POST', body: { items: [item], decision: 'reject' } });
    expect(noReason.status).toBe(400);
    expect((await noReason.json<{ error: { fields: Record<string, string[]> } }>()).error.fields.reason).toBeDefined();
    const response = await consoleRequest(admin, '/moderation/decisions', { method: 'POST', body: { items: [item], decision: 'reject', reason: 'Adresse introuvable' } });
    expect(response.status).toBe(200);
    expect(await publicStatus(1, listing.id)).toBe(404);
    expect(await latestMailTo('rejected@example.fr')).toContain('Adresse introuvable');
  });

  it('decides several items at once, or none when one is not a pending item of this tenant', async () => {
    const first = await pendingListing(1);
    const second = await pendingListing(1);
    const foreign = await pendingListing(2);
    const refused = await consoleRequest(admin, '/moderation/decisions', { method: 'POST', body: { items: [first.item, foreign.item], decision: 'approve' } });
    expect(refused.status).toBe(404);
    expect(await publicStatus(1, first.listing.id)).toBe(404);
    const bulk = await consoleRequest(admin, '/moderation/decisions', { method: 'POST', body: { items: [first.item, second.item], decision: 'approve' } });
    expect((await bulk.json<{ decided: string[] }>()).decided.sort()).toEqual([first.item, second.item].sort());
    expect(await publicStatus(1, second.listing.id)).toBe(200);
    const { state } = (await env.DB.prepare('SELECT state FROM moderation_queue WHERE id = ?1').bind(Number(foreign.item.slice(1))).first<{ state: string }>())!;
    expect(state).toBe('pending');
  });

  it('resolves or dismisses reports without touching the listing', async () => {
    const [listing] = await addListings(1, 1);
    const report = await reportEntry(1, listing!.id);
    await consoleRequest(admin, '/moderation/decisions', { method: 'POST', body: { items: [report], decision: 'reject', reason: 'Pas fondé' } });
    const { status } = (await env.DB.prepare('SELECT status FROM reports WHERE id = ?1').bind(Number(report.slice(1))).first<{ status: string }>())!;
    expect(status).toBe('dismissed');
    expect(await publicStatus(1, listing!.id)).toBe(200);
  });
});
