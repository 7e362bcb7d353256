import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { servedRoutes } from '../../worker/index.ts';
import { post } from './alerts-support.ts';
import { addListings, consoleRequest, setUpConsoleTests, signIn, type Session } from './console-support.ts';
import { crisisOn } from './crisis-support.ts';
import { HOST_A, postJson, register, useFakeServices, validRegistration } from './registration-support.ts';
import { request } from './support.ts';

type OpenApiResponse = { description: string; headers?: Record<string, unknown> };
type OpenApiOperation = { summary?: string; parameters?: Array<{ name: string; in: string }>; requestBody?: unknown; responses?: Record<string, OpenApiResponse> };
type OpenApi = {
  openapi: string;
  paths: Record<string, Record<string, OpenApiOperation>>;
};

const ADMIN = 'admin@cci-a.example';
setUpConsoleTests([[1, ADMIN, 'admin']]);

async function openApiDocument(): Promise<OpenApi> {
  return (await request(HOST_A, '/api/v1/openapi.json')).json<OpenApi>();
}

/** `method path` of every operation of the document, with the operation. */
function operations(document: OpenApi): Array<[string, OpenApiOperation]> {
  return Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => [`${method} ${path}`, operation] as [string, OpenApiOperation]));
}

/** Hono's `:id` in OpenAPI's notation, `{id}`. */
const openApiPath = (honoPath: string) => honoPath.replace(/:([A-Za-z_]+)(\{[^}]*\})?/g, '{$1}');

/** Method + path of every handler under /api, middleware and catch-alls left out. */
function apiHandlers(): string[] {
  return [
    ...new Set(
      servedRoutes()
        .filter(({ method, path }) => method !== 'ALL' && path.startsWith('/api/') && !path.endsWith('*'))
        .map(({ method, path }) => `${method.toLowerCase()} ${openApiPath(path.replace(/\/$/, ''))}`),
    ),
  ].sort();
}

describe('GET /api/v1/openapi.json', () => {
  it('documents every route the Worker serves under /api, each with its summary, and nothing it does not', async () => {
    const documented = operations(await openApiDocument());
    expect(documented.filter(([, operation]) => !operation.summary).map(([key]) => key)).toEqual([]);
    expect(documented.map(([key]) => key).sort()).toEqual(apiHandlers());
  });

  it('is served on any host as OpenAPI 3.1, with parameters and bodies from the shared schemas', async () => {
    const response = await request(HOST_A, '/api/v1/openapi.json');
    expect(response.status).toBe(200);
    const document = await response.json<OpenApi>();
    expect(document.openapi).toBe('3.1.0');
    const viewport = document.paths['/api/v1/listings']?.get;
    expect(viewport?.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(['bbox', 'category', 'q']));
    expect(document.paths['/api/v1/registrations']?.post?.requestBody).toBeDefined();
    expect(document.paths['/api/v1/listings/{id}']?.get?.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
  });

  it('documents the registration refusals, and Retry-After on the answers to retry later', async () => {
    const document = await (await request(HOST_A, '/api/v1/openapi.json')).json<OpenApi>();
    const responses = document.paths['/api/v1/registrations']?.post?.responses ?? {};
    expect(responses['503']?.description).toContain('turnstile_unavailable');
    expect(responses['503']?.headers).toHaveProperty('Retry-After');
    expect(responses['429']?.headers).toHaveProperty('Retry-After');
    expect(responses['403']?.description).toContain('turnstile_failed');
  });

  it('has a human-readable page listing the endpoints', async () => {
    const response = await request('localhost', '/api/docs');
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('/api/v1/listings/nearest');
    expect(html).toContain('href="/api/v1/openapi.json"');
  });
});

describe('the success status in the OpenAPI document', () => {
  let listingId = '';
  let admin: Session;
  beforeAll(async () => {
    listingId = (await addListings(1, 1))[0]!.id;
  });
  beforeEach(async () => {
    useFakeServices();
    admin = await signIn(1, ADMIN);
  });

  /** A valid call of every route that answers other than 200 when it succeeds. */
  const calls: Record<string, () => Promise<Response>> = {
    'post /api/v1/registrations': async () => register(await validRegistration()),
    'post /api/v1/registrations/claim': () => postJson(HOST_A, '/api/v1/registrations/claim', { listingId }),
    'post /api/v1/registrations/links': () => postJson(HOST_A, '/api/v1/registrations/links', { email: 'shop1@example.fr' }),
    'post /api/v1/listings/{id}/reports': () => postJson(HOST_A, `/api/v1/listings/${listingId}/reports`, { reason: 'closed' }),
    'post /api/v1/alerts/listings/{id}/email': () => post(HOST_A, `/alerts/listings/${listingId}/email`, { email: 'resident@example.fr' }),
    'post /api/v1/alerts/listings/{id}/push': () =>
      post(HOST_A, `/alerts/listings/${listingId}/push`, { endpoint: 'https://push.example.net/send/abc', keys: { p256dh: 'B'.repeat(87), auth: 'A'.repeat(22) } }),
    'post /api/v1/console/session/link': () => consoleRequest({ host: HOST_A }, '/session/link', { method: 'POST', body: { email: ADMIN } }),
    'post /api/v1/console/staff': () => consoleRequest(admin, '/staff', { method: 'POST', body: { email: 'added@cci-a.example', role: 'moderator' } }),
    'post /api/v1/console/imports': () => consoleRequest(admin, '/imports', { method: 'POST' }),
    'post /api/v1/console/campaign': async () => {
      expect((await crisisOn(admin)).status).toBe(200);
      return consoleRequest(admin, '/campaign', { method: 'POST' });
    },
  };

  it('states a status other than 200 exactly for the routes called below', async () => {
    const documented = operations(await openApiDocument())
      .filter(([, operation]) => !Object.hasOwn(operation.responses ?? {}, '200'))
      .map(([key]) => key)
      .sort();
    expect(documented).toEqual(Object.keys(calls).sort());
  });

  it.each(Object.entries(calls))('documents for %s the status it answers', async (key, call) => {
    const document = await openApiDocument();
    const [method, path] = key.split(' ') as [string, string];
    const documented = Object.keys(document.paths[path]?.[method]?.responses ?? {}).filter((status) => status.startsWith('2'));
    const response = await call();
    expect(documented, await response.clone().text()).toEqual([String(response.status)]);
  });
});
