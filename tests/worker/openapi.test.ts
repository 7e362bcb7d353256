import { describe, expect, it } from 'vitest';
import { servedRoutes } from '../../worker/index.ts';
import { openApiPath } from '../../worker/openapi/document.ts';
import { ROUTE_DOCS } from '../../worker/openapi/routes.ts';
import { TENANT_A, insertTenants, request } from './support.ts';

type OpenApiResponse = { description: string; headers?: Record<string, unknown> };
type OpenApi = {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }>; requestBody?: unknown; responses?: Record<string, OpenApiResponse> }>>;
};

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
  it('documents every route the Worker serves under /api, and nothing it does not', () => {
    const documented = ROUTE_DOCS.map((route) => `${route.method} ${openApiPath(route.path)}`).sort();
    expect(documented).toEqual(apiHandlers());
  });

  it('is served on any host as OpenAPI 3.1, with parameters and bodies from the shared schemas', async () => {
    await insertTenants({ tenant: TENANT_A });
    const response = await request('tenant-a.localhost', '/api/v1/openapi.json');
    expect(response.status).toBe(200);
    const document = await response.json<OpenApi>();
    expect(document.openapi).toBe('3.1.0');
    const viewport = document.paths['/api/v1/listings']?.get;
    expect(viewport?.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(['bbox', 'category', 'q']));
    expect(document.paths['/api/v1/registrations']?.post?.requestBody).toBeDefined();
    expect(document.paths['/api/v1/listings/{id}']?.get?.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
  });

  it('documents the registration refusals, and Retry-After on the answers to retry later', async () => {
    const document = await (await request('tenant-a.localhost', '/api/v1/openapi.json')).json<OpenApi>();
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
