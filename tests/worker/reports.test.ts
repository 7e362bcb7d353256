import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildListing, type Commune } from '#seed/factories.ts';
import { createRandom } from '#seed/random.ts';
import { REPORTS_PER_HOUR } from '#schema/reports.ts';
import { TENANT_A, TENANT_B, insertListings, insertTenants, request } from './support.ts';

const marseille: Commune = { insee: '13201', name: 'Marseille 1er Arrondissement', postcode: '13001', lat: 43.2999, lng: 5.3841, population: 40000 };
const random = createRandom(11);
const now = new Date();
const listingA = buildListing(random, TENANT_A.id, marseille, now);
const listingB = buildListing(random, TENANT_B.id, marseille, now);

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

function report(host: string, id: string, body: unknown, ip = '192.0.2.1', language = 'fr') {
  return request(host, `/api/v1/listings/${id}/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip, 'accept-language': language },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_A }, { tenant: TENANT_B });
  await insertListings([listingA, listingB]);
});

describe('POST /api/v1/listings/:id/reports', () => {
  it("stores a resident's report in the tenant's queue, without the reporter's address", async () => {
    const response = await report('tenant-a.localhost', listingA.id, { reason: 'wrong_hours', comment: '  Fermé le lundi  ' }, '198.51.100.7');
    expect(response.status).toBe(201);
    const { id } = await response.json<{ id: string }>();
    const row = await env.DB.prepare('SELECT * FROM reports WHERE public_id = ?1').bind(id).first<Record<string, string | number>>();
    expect(row).toMatchObject({ tenant_id: TENANT_A.id, listing_id: listingA.id, reason: 'wrong_hours', comment: 'Fermé le lundi', status: 'open' });
    expect(JSON.stringify(row)).not.toContain('198.51.100.7');
  });

  it('accepts a report without a comment', async () => {
    const response = await report('tenant-a.localhost', listingA.id, { reason: 'closed' }, '192.0.2.2');
    expect(response.status).toBe(201);
  });

  it('answers 404 for a listing of another tenant, and stores nothing', async () => {
    const before = await env.DB.prepare('SELECT COUNT(*) AS n FROM reports').first<{ n: number }>();
    const response = await report('tenant-a.localhost', listingB.id, { reason: 'closed' }, '192.0.2.3');
    expect(response.status).toBe(404);
    const after = await env.DB.prepare('SELECT COUNT(*) AS n FROM reports').first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  });

  it('refuses an unknown reason and a comment over 500 characters, field by field, in the visitor language', async () => {
    const badReason = await report('tenant-a.localhost', listingA.id, { reason: 'ugly' }, '192.0.2.4', 'en');
    expect(badReason.status).toBe(400);
    expect((await badReason.json<ErrorBody>()).error.fields?.reason).toEqual(['Choose what is wrong: closed, wrong hours, wrong place or other.']);
    const tooLong = await report('tenant-a.localhost', listingA.id, { reason: 'other', comment: 'x'.repeat(501) }, '192.0.2.4');
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json<ErrorBody>()).error.fields?.comment).toEqual(['Le commentaire est limité à 500 caractères.']);
  });

  it(`limits one visitor to ${REPORTS_PER_HOUR} reports an hour, others still get through`, async () => {
    for (let i = 0; i < REPORTS_PER_HOUR; i++) expect((await report('tenant-a.localhost', listingA.id, { reason: 'other' }, '203.0.113.9')).status).toBe(201);
    const refused = await report('tenant-a.localhost', listingA.id, { reason: 'other' }, '203.0.113.9');
    expect(refused.status).toBe(429);
    expect((await refused.json<ErrorBody>()).error.code).toBe('rate_limited');
    expect((await report('tenant-a.localhost', listingA.id, { reason: 'other' }, '203.0.113.10')).status).toBe(201);
  });

  it('holds the hourly limit under 20 concurrent reports from one address: 5 filed, 15 refused', async () => {
    const count = async () => (await env.DB.prepare('SELECT count(*) AS n FROM reports WHERE tenant_id = ?1').bind(TENANT_A.id).first<{ n: number }>())?.n ?? 0;
    const before = await count();
    const answers = await Promise.all(Array.from({ length: 20 }, () => report('tenant-a.localhost', listingA.id, { reason: 'closed' }, '203.0.113.77')));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(REPORTS_PER_HOUR);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20 - REPORTS_PER_HOUR);
    expect((await count()) - before).toBe(REPORTS_PER_HOUR);
  });

  it('names each report by an opaque id that says nothing of how many reports other tenants got', async () => {
    const first = await (await report('tenant-a.localhost', listingA.id, { reason: 'other' }, '198.51.100.80')).json<{ id: string }>();
    const second = await (await report('tenant-b.localhost', listingB.id, { reason: 'other' }, '198.51.100.80')).json<{ id: string }>();
    for (const { id } of [first, second]) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const rows = await env.DB.prepare('SELECT id, public_id FROM reports WHERE public_id IN (?1, ?2)').bind(first.id, second.id).all<{ id: number; public_id: string }>();
    expect(rows.results).toHaveLength(2);
    for (const row of rows.results) expect(row.public_id).not.toBe(String(row.id));
  });
});
