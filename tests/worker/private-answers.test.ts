import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { request } from './support.ts';
import { HOST_A } from './registration-support.ts';
import { asShopkeeper, sameOrigin, useShopkeepers } from './self-service-support.ts';

const { shopkeeper } = useShopkeepers();

describe('personal answers', () => {
  it("keep the shopkeeper's and the staff's answers out of every cache, errors included", async () => {
    const { cookie } = await shopkeeper();
    const answers = [
      await asShopkeeper(cookie, '/listing'),
      await request(HOST_A, '/api/v1/self-service/listing'),
      await request(HOST_A, '/api/v1/console/session'),
      await request(HOST_A, '/api/v1/console/settings'),
      await request(HOST_A, '/api/v1/console/crisis'),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 401, 401, 401, 401]);
    for (const answer of answers) expect(answer.headers.get('cache-control')).toBe('private, no-store');
    expect((await request(HOST_A, '/api/v1/tenant')).headers.get('cache-control')).not.toBe('private, no-store');
  });
});

describe('DELETE /api/v1/self-service/session', () => {
  it('signs the shopkeeper out: the cookie is cleared and the session ends in D1, so a copy of it stops working', async () => {
    const { cookie, listingId } = await shopkeeper();
    expect((await asShopkeeper(cookie, '/listing')).status).toBe(200);
    const sessionsBefore = await env.DB.prepare(`SELECT count(*) AS n FROM listing_tokens WHERE listing_id = ?1 AND kind = 'session'`).bind(listingId).first<{ n: number }>();
    expect(sessionsBefore?.n).toBe(1);
    const out = await request(HOST_A, '/api/v1/self-service/session', { method: 'DELETE', headers: { ...sameOrigin(), cookie } });
    expect(out.status).toBe(200);
    expect(await out.json()).toEqual({ signedOut: true });
    expect(out.headers.get('set-cookie')).toMatch(/__Host-vitrine-listing=;.*Max-Age=0/);
    const sessionsAfter = await env.DB.prepare(`SELECT count(*) AS n FROM listing_tokens WHERE listing_id = ?1 AND kind = 'session'`).bind(listingId).first<{ n: number }>();
    expect(sessionsAfter?.n).toBe(0);
    expect((await asShopkeeper(cookie, '/listing')).status).toBe(401);
  });

  it('refuses a sign-out from another site, which would end the session for a prank', async () => {
    const { cookie } = await shopkeeper();
    const forged = await request(HOST_A, '/api/v1/self-service/session', { method: 'DELETE', headers: { ...sameOrigin(), origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', cookie } });
    expect(forged.status).toBe(403);
    expect((await asShopkeeper(cookie, '/listing')).status).toBe(200);
  });
});
