import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleListing } from '#schema/console/listings.ts';
import { request } from './support.ts';
import { addListings, consoleRequest, hostOf, reportEntry, type Session, setUpConsoleTests, signIn } from './console-support.ts';

let moderator: Session;

setUpConsoleTests([[1, 'modo@a.fr', 'moderator']]);

beforeEach(async () => {
  moderator = await signIn(1, 'modo@a.fr');
});

function editable(listing: ConsoleListing) {
  const { id: _id, published: _p, moderationState: _m, lastConfirmedAt: _l, createdAt: _c, updatedAt: _u, ...fields } = listing;
  return fields;
}

async function read(id: string) {
  return (await consoleRequest(moderator, `/listings/${id}`)).json<{ listing: ConsoleListing; history: Array<{ action: string; before: unknown; after: unknown }> }>();
}

describe('console listings', () => {
  it("searches the tenant's listings by name, published or not", async () => {
    const [listing] = await addListings(1, 3, { name: 'Boulangerie du Vieux-Port' });
    await addListings(2, 2, { name: 'Boulangerie du Vieux-Port' });
    const found = await (await consoleRequest(moderator, '/listings?q=vieux-port')).json<{ listings: Array<{ id: string }>; total: number }>();
    expect(found.total).toBe(3);
    expect(found.listings.map((l) => l.id)).toContain(listing!.id);
  });

  it('edits a listing through the listing writes, with its history kept', async () => {
    const [listing] = await addListings(1, 1, { siret: null });
    const { listing: before } = await read(listing!.id);
    const fields = { ...editable(before), name: 'Nouveau nom', lat: before.lat + 0.01 };
    const response = await consoleRequest(moderator, `/listings/${listing!.id}`, { method: 'PUT', body: fields });
    expect(response.status).toBe(200);
    const { h } = (await env.DB.prepare('SELECT h FROM listings WHERE id = ?1').bind(listing!.id).first<{ h: number }>())!;
    expect(h).not.toBe(listing!.h);
    const { listing: after, history } = await read(listing!.id);
    expect(after.name).toBe('Nouveau nom');
    expect(history[0]).toMatchObject({ action: 'edit_listing', before: expect.objectContaining({ name: before.name }), after: expect.objectContaining({ name: 'Nouveau nom' }) });
  });

  it('answers field errors in the language asked for', async () => {
    const [listing] = await addListings(1, 1);
    const { listing: before } = await read(listing!.id);
    const response = await consoleRequest(moderator, `/listings/${listing!.id}`, { method: 'PUT', body: { ...editable(before), openingHours: 'whenever' }, headers: { 'accept-language': 'fr' } });
    expect(response.status).toBe(400);
    const body = await response.json<{ error: { fields: Record<string, string[]> } }>();
    expect(body.error.fields.openingHours?.[0]).toMatch(/horaires/i);
  });

  it('marks a listing closed for good', async () => {
    const [listing] = await addListings(1, 1, { status: 'open' });
    await consoleRequest(moderator, `/listings/${listing!.id}/close`, { method: 'POST' });
    const { listing: after, history } = await read(listing!.id);
    expect(after.status).toBe('permanently_closed');
    expect(history[0]?.action).toBe('close_listing');
  });

  it('merges a duplicate into the kept listing, moving its reports', async () => {
    const [kept, duplicate] = await addListings(1, 2);
    const report = await reportEntry(1, duplicate!.id);
    const response = await consoleRequest(moderator, `/listings/${kept!.id}/merge`, { method: 'POST', body: { duplicateId: duplicate!.id } });
    expect(response.status).toBe(200);
    expect((await consoleRequest(moderator, `/listings/${duplicate!.id}`)).status).toBe(404);
    expect((await request(hostOf(1), `/api/v1/listings/${duplicate!.id}`)).status).toBe(404);
    const { listing_id } = (await env.DB.prepare('SELECT listing_id FROM reports WHERE id = ?1').bind(Number(report.slice(1))).first<{ listing_id: string }>())!;
    expect(listing_id).toBe(kept!.id);
    expect((await consoleRequest(moderator, `/listings/${kept!.id}/merge`, { method: 'POST', body: { duplicateId: kept!.id } })).status).toBe(400);
  });

  it("answers 404 for another tenant's listing, and changes nothing", async () => {
    const [own] = await addListings(1, 1);
    const [foreign] = await addListings(2, 1);
    expect((await consoleRequest(moderator, `/listings/${foreign!.id}`)).status).toBe(404);
    expect((await consoleRequest(moderator, `/listings/${foreign!.id}/close`, { method: 'POST' })).status).toBe(404);
    expect((await consoleRequest(moderator, `/listings/${own!.id}/merge`, { method: 'POST', body: { duplicateId: foreign!.id } })).status).toBe(404);
    const { status } = (await env.DB.prepare('SELECT status FROM listings WHERE id = ?1').bind(foreign!.id).first<{ status: string }>())!;
    expect(status).toBe(foreign!.status);
  });
});
