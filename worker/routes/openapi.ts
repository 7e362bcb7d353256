import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { buildOpenApiDocument, openApiPath } from '../openapi/document.ts';
import { ROUTE_DOCS } from '../openapi/routes.ts';
import { escapeHtml, htmlPage } from '../pages/html.ts';

const ACCESS_LABEL = { public: 'public', 'listing-session': 'listing session', staff: 'staff session', development: 'development only' } as const;

function apiPage(): string {
  const rows = ROUTE_DOCS.map(
    (route) => `<tr><td><code>${route.method.toUpperCase()}</code></td><td><code>${escapeHtml(openApiPath(route.path))}</code></td><td>${escapeHtml(route.summary)}</td><td>${ACCESS_LABEL[route.access]}</td></tr>`,
  ).join('\n');
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

export const openApiRoutes = new Hono<AppEnv>()
  .get('/v1/openapi.json', (c) => c.json(buildOpenApiDocument(new URL(c.req.url).origin)))
  .get('/docs', (c) => c.html(apiPage()));
