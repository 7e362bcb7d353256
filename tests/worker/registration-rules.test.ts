import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DuplicateAnswer, RegistrationResult } from '#schema/registration.ts';
import { TENANT_A, request } from './support.ts';
import {
  HOST_A, HOST_M, TENANT_M, insertRegistrationTenants, linkTokenIn, postJson, recordingMailer, register, setModerationMode,
  useFakeServices, validRegistration, type ErrorBody,
} from './registration-support.ts';

const mailer = recordingMailer();

beforeAll(insertRegistrationTenants);
beforeEach(async () => {
  useFakeServices({ mailer });
  mailer.sent.length = 0;
  await setModerationMode(TENANT_A.id, 'publish_then_review');
});

type Collection = { features: Array<{ id: string; properties: { status: string } }> };

async function publicIds(host: string, bbox = '4.9,43.1,5.9,43.8'): Promise<string[]> {
  const body = await (await request(host, `/api/v1/listings?bbox=${bbox}`)).json<Collection>();
  return body.features.map((f) => f.id);
}

describe('POST /api/v1/registrations', () => {
  it('creates a published listing that geosearch finds, and mails a private link', async () => {
    const registration = await validRegistration();
    const response = await register(registration);
    expect(response.status).toBe(201);
    const result = await response.json<RegistrationResult>();
    expect(result).toMatchObject({ moderation: 'publish_then_review', published: true });
    expect(result.message).toMatch(/sur la carte/);
    const box = `${registration.lng - 0.01},${registration.lat - 0.01},${registration.lng + 0.01},${registration.lat + 0.01}`;
    expect(await publicIds(HOST_A, box)).toContain(result.listingId);
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({ to: registration.email, listingId: result.listingId, tenantId: TENANT_A.id });
    expect(linkTokenIn(mailer.sent[0])).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('queues every registration for review, in both moderation modes', async () => {
    const published = await (await register(await validRegistration())).json<RegistrationResult>();
    await setModerationMode(TENANT_A.id, 'review_first');
    const pending = await (await register(await validRegistration())).json<RegistrationResult>();
    const { results } = await env.DB
      .prepare('SELECT listing_id, kind, mode, state FROM moderation_queue WHERE listing_id IN (?1, ?2) ORDER BY id')
      .bind(published.listingId, pending.listingId)
      .all();
    expect(results).toEqual([
      { listing_id: published.listingId, kind: 'registration', mode: 'publish_then_review', state: 'pending' },
      { listing_id: pending.listingId, kind: 'registration', mode: 'review_first', state: 'pending' },
    ]);
  });

  it('keeps a review-first listing off the public map and tells the shopkeeper it waits for review', async () => {
    await setModerationMode(TENANT_A.id, 'review_first');
    const response = await register(await validRegistration(), { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(201);
    const result = await response.json<RegistrationResult>();
    expect(result).toMatchObject({ moderation: 'review_first', published: false });
    expect(result.message).toMatch(/reviews your listing before publishing/);
    expect(await publicIds(HOST_A)).not.toContain(result.listingId);
    expect((await request(HOST_A, `/api/v1/listings/${result.listingId}`)).status).toBe(404);
  });

  it('keeps a review-first listing out of text search and nearest, and shows a published one in both', async () => {
    const shown = await validRegistration({ name: 'Fromagerie Zyxwu' });
    const shownId = (await (await register(shown)).json<RegistrationResult>()).listingId;
    await setModerationMode(TENANT_A.id, 'review_first');
    const hidden = await validRegistration({ name: 'Fromagerie Zyxwu Bis', lat: shown.lat + 0.01 });
    const hiddenId = (await (await register(hidden)).json<RegistrationResult>()).listingId;
    const search = await (await request(HOST_A, '/api/v1/listings?bbox=4.9,43.1,5.9,43.8&q=zyxwu')).json<Collection>();
    expect(search.features.map((f) => f.id)).toEqual([shownId]);
    const nearest = await (await request(HOST_A, `/api/v1/listings/nearest?lat=${hidden.lat}&lng=${hidden.lng}&k=100`)).json<Collection>();
    expect(nearest.features.map((f) => f.id)).toContain(shownId);
    expect(nearest.features.map((f) => f.id)).not.toContain(hiddenId);
  });

  it('counts only published listings in the per-cell aggregates of zoomed-out maps', async () => {
    const cellTotal = async () =>
      (await env.DB.prepare("SELECT coalesce(sum(n), 0) AS n FROM listing_cells WHERE tenant_id = ?1 AND category = '' AND level = 4").bind(TENANT_A.id).first<{ n: number }>())!.n;
    const published = async () =>
      (await env.DB.prepare('SELECT count(*) AS n FROM listings WHERE tenant_id = ?1 AND published = 1').bind(TENANT_A.id).first<{ n: number }>())!.n;
    await setModerationMode(TENANT_A.id, 'review_first');
    const pending = await (await register(await validRegistration())).json<RegistrationResult>();
    expect(await cellTotal()).toBe(await published());
    await env.DB.prepare("UPDATE listings SET status = 'adapted', lat = lat + 0.01 WHERE id = ?1").bind(pending.listingId).run();
    expect(await cellTotal()).toBe(await published());
    await env.DB.prepare('UPDATE listings SET published = 1 WHERE id = ?1').bind(pending.listingId).run();
    expect(await cellTotal()).toBe(await published());
    await env.DB.prepare('UPDATE listings SET published = 0 WHERE id = ?1').bind(pending.listingId).run();
    await env.DB.prepare('DELETE FROM listings WHERE id = ?1').bind(pending.listingId).run();
    expect(await cellTotal()).toBe(await published());
  });

  it('answers 409 with the existing listing when the SIRET is already registered in the tenant', async () => {
    const first = await validRegistration();
    const created = await (await register(first)).json<RegistrationResult>();
    const again = await register(await validRegistration({ siret: first.siret }));
    expect(again.status).toBe(409);
    const body = await again.json<DuplicateAnswer>();
    expect(body).toMatchObject({ listingId: created.listingId, claimable: true, error: { code: 'duplicate' } });
    expect(body.error.message).toMatch(/déjà inscrit/);
  });

  it('answers 409 for the same name within 100 m, whatever the case and accents', async () => {
    const first = await validRegistration({ name: 'Épicerie Chez Zoé' });
    const created = await (await register(first)).json<RegistrationResult>();
    const near = await validRegistration({ name: 'epicerie chez zoe', lat: first.lat + 0.0005, lng: first.lng });
    const response = await register(near);
    expect(response.status).toBe(409);
    expect((await response.json<DuplicateAnswer>()).listingId).toBe(created.listingId);
    const far = await validRegistration({ name: 'Épicerie Chez Zoé', lat: first.lat + 0.01, lng: first.lng });
    expect((await register(far)).status).toBe(201);
  });

  it('sends the private link of a claimed listing to the email on file only, with the same answer either way', async () => {
    const first = await validRegistration();
    const created = await (await register(first)).json<RegistrationResult>();
    mailer.sent.length = 0;
    const claim = await postJson(HOST_A, '/api/v1/registrations/claim', { listingId: created.listingId });
    const unknown = await postJson(HOST_A, '/api/v1/registrations/claim', { listingId: 'doesnotexist' });
    expect(claim.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await claim.json()).toEqual(await unknown.json());
    expect(mailer.sent.map((m) => m.to)).toEqual([first.email]);
    linkTokenIn(mailer.sent[0]);
  });

  it('does not let a tenant claim the listing of another tenant', async () => {
    const created = await (await register(await validRegistration())).json<RegistrationResult>();
    mailer.sent.length = 0;
    const claim = await postJson(HOST_M, '/api/v1/registrations/claim', { listingId: created.listingId });
    expect(claim.status).toBe(202);
    expect(mailer.sent).toEqual([]);
  });

  it('names the CCI that covers an address outside the territory', async () => {
    const vannes = await validRegistration({ lat: 47.6559, lng: -2.7603, postcode: '56000', commune: 'Vannes', communeInsee: '56260' });
    const response = await register(vannes);
    expect(response.status).toBe(422);
    const body = await response.json<ErrorBody & { coveredBy: { name: string; slug: string } }>();
    expect(body.error.code).toBe('out_of_territory');
    expect(body.error.message).toContain(TENANT_M.name);
    expect(body.coveredBy).toEqual({ name: TENANT_M.name, slug: TENANT_M.slug });
    expect(body.error.fields?.address?.[0]).toContain(TENANT_M.name);
  });

  it('says when no CCI of Vitrine covers the address', async () => {
    const lyon = await validRegistration({ lat: 45.76, lng: 4.83 });
    const response = await register(lyon, { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(422);
    expect((await response.json<ErrorBody>()).error.message).toBe('This address is outside this CCI’s territory, and no other CCI on Vitrine covers it.');
  });
});
