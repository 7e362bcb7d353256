import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '#worker/services/tokens.ts';
import { TENANT_A, request } from './support.ts';
import { HOST_A, HOST_M, clock, linkTokenIn, postJson } from './registration-support.ts';
import { asShopkeeper, openSession, registerAndGetLink, sessionCookieOf, useShopkeepers } from './self-service-support.ts';

const { mailer } = useShopkeepers();

describe('private links', () => {
  it('stores only the SHA-256 of a link, never the token itself', async () => {
    const { token, listingId } = await registerAndGetLink(mailer);
    const { results } = await env.DB.prepare('SELECT * FROM listing_tokens WHERE listing_id = ?1').bind(listingId).all<Record<string, unknown>>();
    expect(results).toHaveLength(1);
    expect(results[0]?.token_hash).toBe(await sha256Hex(token));
    const dump = JSON.stringify(await env.DB.prepare('SELECT * FROM listing_tokens').all());
    expect(dump).not.toContain(token);
  });

  it('exchanges a link once for a __Host- session cookie that opens the listing', async () => {
    const { token, listingId, registration } = await registerAndGetLink(mailer);
    const response = await openSession(token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ listingId });
    const header = response.headers.get('set-cookie') ?? '';
    expect(header).toMatch(/^__Host-vitrine-listing=[A-Za-z0-9_-]{43};/);
    expect(header).toMatch(/; Path=\//);
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; Secure/);
    expect(header).toMatch(/; SameSite=Lax/);
    expect(header).not.toMatch(/Domain=/i);
    const own = await asShopkeeper(sessionCookieOf(response), '/listing');
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ id: listingId, email: registration.email, siret: registration.siret, published: true, stale: false });
    const sessionHash = await sha256Hex(sessionCookieOf(response).split('=')[1]!);
    expect(await env.DB.prepare("SELECT kind FROM listing_tokens WHERE token_hash = ?1").bind(sessionHash).first()).toEqual({ kind: 'session' });
  });

  it('refuses a link used twice', async () => {
    const { token } = await registerAndGetLink(mailer);
    expect((await openSession(token)).status).toBe(200);
    const again = await openSession(token);
    expect(again.status).toBe(401);
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a link past its 72 hours', async () => {
    const { token } = await registerAndGetLink(mailer);
    clock.now = new Date(clock.now.getTime() + 73 * 3600_000);
    const response = await openSession(token);
    expect(response.status).toBe(401);
    expect((await response.json<{ error: { message: string } }>()).error.message).toMatch(/plus valable/);
  });

  it('refuses a link of tenant A on tenant B', async () => {
    const { token } = await registerAndGetLink(mailer);
    expect((await openSession(token, HOST_M)).status).toBe(401);
    expect((await openSession(token)).status).toBe(200);
  });

  it('refuses a session cookie on another tenant, and an expired one', async () => {
    const { token } = await registerAndGetLink(mailer);
    const cookie = sessionCookieOf(await openSession(token));
    const elsewhere = await request(HOST_M, '/api/v1/self-service/listing', { headers: { cookie } });
    expect(elsewhere.status).toBe(401);
    clock.now = new Date(clock.now.getTime() + 31 * 86_400_000);
    expect((await asShopkeeper(cookie, '/listing')).status).toBe(401);
  });

  it('renews a session in use, at most once a day, and ends it 180 days after the link however often it is used', async () => {
    const { token } = await registerAndGetLink(mailer);
    const opened = clock.now.getTime();
    const cookie = sessionCookieOf(await openSession(token));
    const day = 86_400_000;
    const expiry = async () => Date.parse((await env.DB.prepare("SELECT expires_at FROM listing_tokens WHERE token_hash = ?1").bind(await sha256Hex(cookie.split('=')[1]!)).first<{ expires_at: string }>())!.expires_at);

    // The same day: nothing written, no cookie sent again.
    clock.now = new Date(opened + 3600_000);
    const sameDay = await asShopkeeper(cookie, '/listing');
    expect(sameDay.status).toBe(200);
    expect(sameDay.headers.get('set-cookie')).toBeNull();
    expect(await expiry()).toBe(opened + 30 * day);

    // Twenty days later: thirty days again from now, and the cookie says so.
    clock.now = new Date(opened + 20 * day);
    const renewed = await asShopkeeper(cookie, '/listing');
    expect(renewed.status).toBe(200);
    expect(renewed.headers.get('set-cookie')).toMatch(new RegExp(`^${cookie};.*Max-Age=${30 * 86_400}`));
    expect(await expiry()).toBe(opened + 50 * day);
    clock.now = new Date(opened + 45 * day);
    expect((await asShopkeeper(cookie, '/listing')).status).toBe(200);

    // Used every 20 days, it still ends 180 days after the link was opened.
    for (let at = 65; at < 180; at += 20) {
      clock.now = new Date(opened + at * day);
      expect((await asShopkeeper(cookie, '/listing')).status).toBe(200);
    }
    expect(await expiry()).toBe(opened + 180 * day);
    clock.now = new Date(opened + 180 * day + 1000);
    expect((await asShopkeeper(cookie, '/listing')).status).toBe(401);
  });

  it('answers 401 without a session', async () => {
    expect((await request(HOST_A, '/api/v1/self-service/listing')).status).toBe(401);
  });

  it('mails a new link on request, with the same answer whether or not the address is known', async () => {
    const { registration, listingId } = await registerAndGetLink(mailer);
    mailer.sent.length = 0;
    const known = await postJson(HOST_A, '/api/v1/registrations/links', { email: registration.email.toUpperCase() });
    const unknown = await postJson(HOST_A, '/api/v1/registrations/links', { email: 'nobody@example.fr' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({ to: registration.email, listingId, tenantId: TENANT_A.id });
    expect((await openSession(linkTokenIn(mailer.sent[0]))).status).toBe(200);
  });

  it('keeps the token out of the URL path and query: it travels in the fragment', async () => {
    await registerAndGetLink(mailer);
    expect(mailer.sent.at(-1)?.text).toMatch(new RegExp(`http://${HOST_A.replace('.', '\\.')}/ma-fiche#token=`));
  });
});
