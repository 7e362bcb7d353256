import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { servedRoutes } from '../../worker/index.ts';
import { exchangeLink, prepareLink } from '#worker/services/private-links.ts';
import { addListings, clock, hostOf, setUpConsoleTests, signIn } from './console-support.ts';
import { request } from './support.ts';

setUpConsoleTests([[1, 'admin@cci-a.example', 'admin']]);

let cookies = '';
let knownListingId = '';

type Route = { method: string; path: string };
type OpenApi = { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> };

/** Every handler the Worker serves under /api, middleware and catch-alls left out. */
const fuzzed: Route[] = [
  ...new Map(
    servedRoutes()
      .filter(({ method, path }) => method !== 'ALL' && path.startsWith('/api/') && !path.endsWith('*'))
      .map(({ method, path }) => ({ method: method.toLowerCase(), path: path.replace(/\/$/, '') }))
      .map((route) => [`${route.method} ${route.path}`, route] as const),
  ).values(),
];

/** The success status the OpenAPI document states for each route. */
const documentedSuccess = new Map<string, number>();

beforeAll(async () => {
  const document = await (await request(hostOf(1), '/api/v1/openapi.json')).json<OpenApi>();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const success = Object.keys(operation.responses ?? {}).find((status) => status.startsWith('2'));
      if (success) documentedSuccess.set(`${method} ${path}`, Number(success));
    }
  }
  const [listing] = await addListings(1, 30);
  knownListingId = listing!.id;
  const staff = await signIn(1, 'admin@cci-a.example');
  const link = await prepareLink(env.DB, 1, knownListingId, clock.now);
  await link.statement.run();
  const session = await exchangeLink(env.DB, 1, link.token, clock.now);
  // Both sessions at once: every authenticated handler is reached, not stopped at the door.
  cookies = `__Host-vitrine-staff=${staff.cookie}; __Host-vitrine-listing=${session?.session ?? ''}`;
});

/** Strings people and attackers send: huge, empty, odd Unicode, markup, SQL and FTS syntax. */
const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e', 'e\u0301', '😀'.repeat(200), 'x'.repeat(5000), "' OR 1=1 --", '"foo" NEAR bar*', '<script>alert(1)</script>', '=CMD()', '../../etc/passwd', 'NaN', '-1', '1e309', '[]', '{}'),
);

const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    nastyString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(nastyString, fc.constantFrom('name', 'email', 'token', 'siret', 'lat', 'lng', 'status', 'ids', 'bbox')), tie('value'), { maxKeys: 5 }),
  ),
})).value;

const pathValue = fc.oneof(fc.constant(() => knownListingId), nastyString.map((s) => () => encodeURIComponent(s)), fc.integer().map((n) => () => String(n)));
const queryValue = fc.dictionary(fc.constantFrom('bbox', 'lat', 'lng', 'k', 'q', 'category', 'service', 'open', 'at', 'limit', 'level', 'state', 'kind', 'before'), nastyString, { maxKeys: 5 });

function concretePath(route: Route, value: () => string): string {
  return route.path.replace(/:([A-Za-z_]+)/g, () => value() || 'x');
}

describe('fuzzing every API endpoint', () => {
  it.each(fuzzed.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const))('%s never answers 5xx, and succeeds with its documented status', async (_name, route) => {
    await fc.assert(
      fc.asyncProperty(pathValue, queryValue, jsonValue, fc.boolean(), async (param, query, body, asJson) => {
        const search = new URLSearchParams(query).toString();
        const url = `${concretePath(route, param)}${search ? `?${search}` : ''}`;
        const headers: Record<string, string> = { origin: `http://${hostOf(1)}`, cookie: cookies, 'accept-language': 'fr' };
        let payload: string | undefined;
        if (route.method !== 'get') {
          // Not JSON on purpose half the time: the same data sent with the wrong media type.
          payload = JSON.stringify(body) ?? '';
          headers['content-type'] = asJson ? 'application/json' : 'text/plain';
        }
        const response = await request(hostOf(1), url, { method: route.method.toUpperCase(), headers, body: payload });
        const text = await response.text();
        expect(response.status, `${route.method} ${url} → ${response.status} ${text.slice(0, 300)}`).toBeLessThan(500);
        // A success is the one the OpenAPI document states for the route.
        if (response.ok) expect(response.status, `${route.method} ${url}`).toBe(documentedSuccess.get(`${route.method} ${route.path.replace(/:([A-Za-z_]+)/g, '{$1}')}`));
      }),
      { numRuns: 25 },
    );
  });

  it('leaves the derived tables exact: per-cell counts equal the published listings', async () => {
    const counted = await env.DB.prepare(`SELECT tenant_id, sum(n) AS n FROM listing_cells WHERE level = 4 AND category = '' GROUP BY tenant_id`).all<{ tenant_id: number; n: number }>();
    const actual = await env.DB.prepare('SELECT tenant_id, count(*) AS n FROM listings WHERE published = 1 GROUP BY tenant_id').all<{ tenant_id: number; n: number }>();
    expect(counted.results).toEqual(actual.results);
  });
});
