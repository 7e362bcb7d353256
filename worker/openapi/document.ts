import { z, type ZodType } from 'zod';
import { ROUTE_DOCS, type Access, type RouteDoc } from './routes.ts';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: ZodType): JsonSchema {
  // Inputs, since that is what a client sends; transforms and refinements have no JSON form.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z_]+)(\{[^}]*\})?/g, '{$1}');
}

const SECURITY: Record<Access, Array<Record<string, string[]>> | undefined> = {
  public: undefined,
  development: undefined,
  'listing-session': [{ listingSession: [] }],
  staff: [{ staffSession: [] }],
};

const ERROR_RESPONSE = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } };
const RETRY_LATER_RESPONSE = { ...ERROR_RESPONSE, headers: RETRY_AFTER };

const SUCCESS_DESCRIPTIONS = { 200: 'Success', 201: 'Created', 202: 'Accepted', 204: 'No content' } as const;

/** The one success answer of a route: 200 unless the route states its own status. */
function successResponse(route: RouteDoc) {
  const status = route.success ?? 200;
  const description = SUCCESS_DESCRIPTIONS[status];
  return { [status]: status === 204 ? { description } : { description, content: { [route.produces ?? 'application/json']: { schema: {} } } } };
}

/** The errors every route may answer, then the route's own, described for it. */
function errorResponses(route: RouteDoc) {
  const particular = Object.entries(route.errors ?? {}).map(([status, description]) => {
    const shape = status === '429' || status === '503' ? RETRY_LATER_RESPONSE : ERROR_RESPONSE;
    return [status, { ...shape, description }];
  });
  return {
    '400': ERROR_RESPONSE,
    '404': ERROR_RESPONSE,
    ...(route.method !== 'get' ? { '429': RETRY_LATER_RESPONSE } : {}),
    '503': RETRY_LATER_RESPONSE,
    ...Object.fromEntries(particular),
  };
}

function operation(route: RouteDoc) {
  const pathParameters = [...route.path.matchAll(/:([A-Za-z_]+)/g)].map((match) => ({
    name: match[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const query = route.query ? jsonSchema(route.query) : null;
  const queryParameters = query
    ? Object.entries((query.properties ?? {}) as Record<string, JsonSchema>).map(([name, schema]) => ({
        name,
        in: 'query',
        required: ((query.required ?? []) as string[]).includes(name),
        schema,
      }))
    : [];
  const security = SECURITY[route.access];
  return {
    summary: route.summary,
    tags: [route.tag],
    operationId: `${route.method}${openApiPath(route.path).replace(/[^A-Za-z0-9]+(.)?/g, (_, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
    ...(pathParameters.length + queryParameters.length > 0 ? { parameters: [...pathParameters, ...queryParameters] } : {}),
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body) } } } } : {}),
    ...(security ? { security } : {}),
    responses: {
      ...successResponse(route),
      ...errorResponses(route),
    },
  };
}

/** The OpenAPI 3.1 description of the API, generated from the shared schemas. */
export function buildOpenApiDocument(serverUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTE_DOCS) (paths[openApiPath(route.path)] ??= {})[route.method] = operation(route);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vitrine API',
      version: '1',
      description: 'Open local businesses of a CCI territory. Every answer is scoped to the tenant of the request host; errors share one shape with translated messages (Accept-Language: fr, en).',
      license: { name: 'Licence Ouverte 2.0 (data)', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' },
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    tags: [...new Set(ROUTE_DOCS.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        listingSession: { type: 'apiKey', in: 'cookie', name: '__Host-vitrine-listing', description: 'Set by exchanging a private link' },
        staffSession: { type: 'apiKey', in: 'cookie', name: '__Host-vitrine-staff', description: 'Set by exchanging a staff sign-in link' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                fields: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
              },
            },
          },
        },
      },
    },
  };
}
