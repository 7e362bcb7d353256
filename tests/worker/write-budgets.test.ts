import { beforeEach, describe, expect, it } from 'vitest';
import { prepareLink } from '#worker/services/private-links.ts';
import { replaceServices } from '#worker/services/index.ts';
import { memoryRateLimiter } from '#worker/services/rate-limit.ts';
import { newSecretToken } from '#worker/services/tokens.ts';
import { env } from 'cloudflare:workers';
import { addListings, clock, cookieValue, hostOf, latestMailTo, setUpConsoleTests, tokenIn } from './console-support.ts';
import { request } from './support.ts';

const TENANT = 2;
const host = hostOf(TENANT);

setUpConsoleTests([[TENANT, 'admin@b.fr', 'admin']]);
// The deployed limits (wrangler.toml): 10 a minute per address, 300 a minute per tenant.
beforeEach(() => {
  replaceServices({ writeLimits: { perIp: memoryRateLimiter({ limit: 10, periodSeconds: 60 }), perTenant: memoryRateLimiter({ limit: 300, periodSeconds: 60 }) } });
});

function post(path: string, body: unknown, ip: string, headers: Record<string, string> = {}): Promise<Response> {
  return request(host, `/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://${host}`, 'sec-fetch-site': 'same-origin', 'cf-connecting-ip': ip, ...headers },
    body: JSON.stringify(body),
  });
}

/** 310 "send me a link" requests from 31 addresses: the flood of the audit, which spent the tenant's one budget. */
async function floodLinkRequests(): Promise<number[]> {
  const statuses: number[] = [];
  for (let address = 0; address < 31; address++) {
    for (let i = 0; i < 10; i++) statuses.push((await post('/registrations/links', { email: `nobody${i}@example.org` }, `198.51.100.${address + 1}`)).status);
  }
  return statuses;
}

describe('write budgets per kind of write', () => {
  it('lets an anonymous flood spend only its own budget: staff sign-in, self-service and crisis answers still go through', async () => {
    const statuses = await floodLinkRequests();
    expect(statuses.filter((status) => status === 202)).toHaveLength(300);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10);
    const fresh = '203.0.113.50';
    // The flooded kind is spent for the whole tenant, as it should be.
    expect((await post('/registrations/links', { email: 'shop@example.fr' }, fresh)).status).toBe(429);

    // Staff sign in from a fresh address: the link is sent and opens a session.
    expect((await post('/console/session/link', { email: 'admin@b.fr' }, fresh)).status).toBe(202);
    const signIn = await post('/console/session', { token: tokenIn(await latestMailTo('admin@b.fr')) }, fresh);
    expect(signIn.status).toBe(200);
    expect(cookieValue(signIn)).toBeTruthy();

    // A shopkeeper opens a private link.
    const [listing] = await addListings(TENANT, 1);
    const link = await prepareLink(env.DB, TENANT, listing!.id, clock.now);
    await link.statement.run();
    expect((await post('/self-service/session', { token: link.token }, fresh)).status).toBe(200);

    // A crisis answer reaches its handler (an unknown token: 410), not the rate limit.
    expect((await post('/crisis/answers', { token: newSecretToken(), answer: 'open' }, fresh)).status).toBe(410);
  });

  it('keeps a flood of guessed link tokens from many addresses from locking out the shopkeeper who holds one', async () => {
    for (let address = 0; address < 31; address++) {
      for (let i = 0; i < 10; i++) expect((await post('/self-service/session', { token: newSecretToken() }, `192.0.2.${address + 1}`)).status).toBe(401);
    }
    const [listing] = await addListings(TENANT, 1);
    const link = await prepareLink(env.DB, TENANT, listing!.id, clock.now);
    await link.statement.run();
    expect((await post('/self-service/session', { token: link.token }, '203.0.113.60')).status).toBe(200);
  });

  it('still limits one address that floods', async () => {
    const ip = '203.0.113.70';
    for (let i = 0; i < 10; i++) expect((await post('/self-service/session', { token: newSecretToken() }, ip)).status).toBe(401);
    const refused = await post('/self-service/session', { token: newSecretToken() }, ip);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
  });
});

