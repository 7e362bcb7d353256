import { Hono, type Env, type Schema } from 'hono';
import type { AppEnv } from '../env.ts';
import { documented } from '../openapi/describe.ts';
import { generateOpenApiDocument, type OpenApiDocument } from '../openapi/document.ts';
import { escapeHtml, htmlPage } from '../pages/html.ts';

type Operation = { summary?: string; security?: Array<Record<string, string[]>> };

function accessOf(operation: Operation): string {
  const scheme = Object.keys(operation.security?.[0] ?? {})[0];
  return scheme === 'staffSession' ? 'staff session' : scheme === 'listingSession' ? 'listing session' : 'public';
}

function apiPage(document: OpenApiDocument): string {
  const rows = Object.entries(document.paths ?? {})
    .flatMap(([path, item]) => Object.entries(item ?? {}).map(([method, operation]) => [path, method, operation as Operation] as const))
    .map(
      ([path, method, operation]) =>
        `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(operation.summary ?? '')}</td><td>${accessOf(operation)}</td></tr>`,
    )
    .join('\n');
  return htmlPage(
    'Vitrine — API',
    `<h1>Vitrine API</h1>
<p>Machine-readable description: <a href="/api/v1/openapi.json">OpenAPI 3.1</a>. Every answer is scoped to the CCI of the host you call; errors are
<code>{ "error": { "code", "message", "fields"? } }</code> with messages in the language of <code>Accept-Language</code> (fr, en).</p>
<table>
<caption>Endpoints</caption>
<thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">What it does</th><th scope="col">Access</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
    'en',
  );
}

/**
 * The OpenAPI document of `app` and its page. Generated once per isolate, on first request, when
 * every route of the app is registered: the routes describe themselves (decision 014).
 */
export function openApiRoutes<E extends Env, S extends Schema, P extends string>(app: Hono<E, S, P>): Hono<AppEnv> {
  let generated: Promise<OpenApiDocument> | undefined;
  const openApiDocument = () => (generated ??= generateOpenApiDocument(app));
  return new Hono<AppEnv>()
    .get('/v1/openapi.json', documented({ summary: 'This OpenAPI document', tag: 'Operations', access: 'public' }), async (c) =>
      c.json({ ...(await openApiDocument()), servers: [{ url: new URL(c.req.url).origin }] }),
    )
    .get('/docs', documented({ summary: 'The human-readable API page', tag: 'Operations', access: 'public', produces: 'text/html' }), async (c) =>
      c.html(apiPage(await openApiDocument())),
    );
}
