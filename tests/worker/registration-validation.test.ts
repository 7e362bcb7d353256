import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CATEGORIES, SERVICES } from '#schema/categories.ts';
import { insertRegistrationTenants, recordingMailer, register, useFakeServices, validRegistration, type ErrorBody } from './registration-support.ts';

beforeAll(insertRegistrationTenants);
beforeEach(() => {
  useFakeServices({ mailer: recordingMailer() });
});

async function counts(): Promise<{ listings: number; queue: number; tokens: number }> {
  const row = await env.DB
    .prepare('SELECT (SELECT count(*) FROM listings) AS listings, (SELECT count(*) FROM moderation_queue) AS queue, (SELECT count(*) FROM listing_tokens) AS tokens')
    .first<{ listings: number; queue: number; tokens: number }>();
  return row!;
}

describe('POST /api/v1/registrations validation', () => {
  it.each([
    ['73282932000074', 201],
    ['443 061 841 00047', 201],
    ['35600000049837', 201],
    ['73282932000079', 400],
    ['35600000049838', 400],
    ['7328293200007', 400],
    ['abcdefghijklmn', 400],
  ])('SIRET %s answers %i', async (siret, status) => {
    const response = await register(await validRegistration({ siret }));
    expect(response.status).toBe(status);
    if (status === 400) expect((await response.json<ErrorBody>()).error.fields?.siret?.[0]).toMatch(/SIRET/);
  });

  it('completes a website typed without https://, and still refuses another scheme', async () => {
    const response = await register(await validRegistration({ website: 'www.boulangerie-aubagne.fr' }));
    expect(response.status).toBe(201);
    const { listingId } = await response.json<{ listingId: string }>();
    const row = await env.DB.prepare('SELECT website FROM listings WHERE id = ?1').bind(listingId).first<{ website: string }>();
    expect(row?.website).toBe('https://www.boulangerie-aubagne.fr');
    const port = await register(await validRegistration({ website: 'boulangerie.fr:8080/horaires' }));
    expect(port.status).toBe(201);
    const refused = await register(await validRegistration({ website: 'javascript:alert(1)' }));
    expect(refused.status).toBe(400);
    expect(Object.keys((await refused.json<ErrorBody>()).error.fields ?? {})).toEqual(['website']);
  });

  it('stores the SIRET as its 14 digits', async () => {
    const response = await register(await validRegistration({ siret: '356 000 000 49837', name: 'Bureau de poste' }));
    const { listingId } = await response.json<{ listingId: string }>();
    const row = await env.DB.prepare('SELECT siret FROM listings WHERE id = ?1').bind(listingId).first<{ siret: string }>();
    expect(row?.siret).toBe('35600000049837');
  });

  it('answers every bad field at once, translated, and writes nothing', async () => {
    const before = await counts();
    const body = await validRegistration({ name: '', email: 'not-an-email', category: 'spaceship' as never, openingHours: 'whenever', website: 'ftp://x', postcode: '123' });
    const fr = await (await register(body)).json<ErrorBody>();
    expect(Object.keys(fr.error.fields ?? {}).sort()).toEqual(['category', 'email', 'name', 'openingHours', 'postcode', 'website']);
    expect(fr.error.fields?.email?.[0]).toBe('Indiquez une adresse e-mail valide : votre lien privé y sera envoyé.');
    const en = await (await register(body, { headers: { 'accept-language': 'en-GB' } })).json<ErrorBody>();
    expect(en.error.fields?.postcode?.[0]).toBe('The postcode has 5 digits.');
    expect(await counts()).toEqual(before);
  });

  it('takes hours only OpenStreetMap’s evaluator reads as written, and asks to confirm what it would rewrite or could read two ways', async () => {
    const libraryOnly = 'Mo-Sa 09:00-19:00; Aug off';
    const taken = await register(await validRegistration({ openingHours: libraryOnly }));
    expect(taken.status).toBe(201);
    const { listingId } = await taken.json<{ listingId: string }>();
    const row = await env.DB.prepare('SELECT opening_hours FROM listings WHERE id = ?1').bind(listingId).first<{ opening_hours: string }>();
    expect(row?.opening_hours).toBe(libraryOnly);
    const before = await counts();
    const sloppy = await (await register(await validRegistration({ openingHours: 'Mon-Fri 9am-6pm; Aug off' }))).json<ErrorBody>();
    expect(sloppy.error.fields?.openingHours).toEqual(['OpenStreetMap lit ces horaires sous une autre écriture, proposée sous le champ : utilisez-la pour confirmer.']);
    const ambiguous = await (await register(await validRegistration({ openingHours: 'Mo-Sa 9-5; Aug off' }), { headers: { 'accept-language': 'en' } })).json<ErrorBody>();
    expect(ambiguous.error.fields?.openingHours).toEqual(['These opening hours can be read more than one way: make the part flagged under the field precise.']);
    expect(await counts()).toEqual(before);
  });

  it('keeps the end date of a temporary closure only', async () => {
    const closed = await (await register(await validRegistration({ status: 'temporarily_closed', statusUntil: '2026-12-01' }))).json<{ listingId: string }>();
    const open = await (await register(await validRegistration({ status: 'open', statusUntil: '2026-12-01' }))).json<{ listingId: string }>();
    const { results } = await env.DB.prepare('SELECT id, status_until FROM listings WHERE id IN (?1, ?2)').bind(closed.listingId, open.listingId).all<{ id: string; status_until: string | null }>();
    expect(Object.fromEntries(results.map((r) => [r.id, r.status_until]))).toEqual({ [closed.listingId]: '2026-12-01', [open.listingId]: null });
  });
});

describe('POST /api/v1/registrations under fuzzing', () => {
  const anyValue = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
  const field = <T,>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: anyValue });

  it('never answers 5xx and never leaves a listing without its queue row and link', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          name: field(fc.string({ maxLength: 130 })),
          siret: field(fc.constantFrom('73282932000074', '35600000049837', '73282932000079', '')),
          category: field(fc.constantFrom(...CATEGORIES)),
          address: field(fc.string({ maxLength: 210 })),
          postcode: field(fc.stringMatching(/^\d{4,6}$/)),
          lat: field(fc.double({ min: 43.1, max: 43.8, noNaN: true })),
          lng: field(fc.double({ min: 4.9, max: 5.9, noNaN: true })),
          email: field(fc.emailAddress()),
          phone: field(fc.stringMatching(/^[0-9 +.]{0,20}$/)),
          openingHours: field(fc.constantFrom('Mo-Fr 09:00-18:00', 'Sa 25:00-26:00', '24/7', 'off', '')),
          services: field(fc.subarray([...SERVICES])),
          status: field(fc.constantFrom('open', 'adapted', 'temporarily_closed', 'permanently_closed')),
          statusUntil: field(fc.constantFrom('2026-12-01', '2026-02-30', null)),
        }, { requiredKeys: [] }),
        async (overrides) => {
          const body = { ...(await validRegistration()), ...overrides };
          const response = await register(body);
          expect(response.status, await response.clone().text()).toBeLessThan(500);
          const partial = await env.DB
            .prepare(`SELECT count(*) AS n FROM listings l WHERE NOT EXISTS (SELECT 1 FROM moderation_queue q WHERE q.listing_id = l.id)
              OR NOT EXISTS (SELECT 1 FROM listing_tokens t WHERE t.listing_id = l.id)`)
            .first<{ n: number }>();
          expect(partial?.n).toBe(0);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});
