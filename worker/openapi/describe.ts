import type { MiddlewareHandler } from 'hono';
import { describeRoute, resolver, type DescribeRouteOptions } from 'hono-openapi';
import { z, type ZodType } from 'zod';

export type Access = 'public' | 'listing-session' | 'staff';

/**
 * What a route says of itself in the OpenAPI document, beside its handler. Parameters and bodies
 * the route validates are documented by `validate` itself; `query` and `body` are for the parts
 * a handler reads on its own.
 */
export type RouteDoc = {
  summary: string;
  tag: string;
  access: Access;
  query?: ZodType;
  body?: ZodType;
  /** For a route whose body is a file: the media types it takes. */
  file?: readonly string[];
  /** The media type of a successful answer when it is not JSON. */
  produces?: string;
  /** The status of a successful answer when it is not 200: what the handler passes to `c.json`. */
  success?: 201 | 202 | 204;
  /** Error answers particular to this route, by status: what each means here. */
  errors?: Record<string, string>;
};

export const SECURITY_SCHEMES = {
  listingSession: { type: 'apiKey', in: 'cookie', name: '__Host-vitrine-listing', description: 'Set by exchanging a private link' },
  staffSession: { type: 'apiKey', in: 'cookie', name: '__Host-vitrine-staff', description: 'Set by exchanging a staff sign-in link' },
} as const;

const SECURITY: Record<Access, Array<Record<string, string[]>> | undefined> = {
  public: undefined,
  'listing-session': [{ listingSession: [] }],
  staff: [{ staffSession: [] }],
};

type ResponseDoc = Exclude<NonNullable<DescribeRouteOptions['responses']>[string], { $ref: string }>;

const ERROR_RESPONSE: ResponseDoc = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const RETRY_AFTER: ResponseDoc['headers'] = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } };
const RETRY_LATER_RESPONSE: ResponseDoc = { ...ERROR_RESPONSE, headers: RETRY_AFTER };

/** Every write spends a rate budget (middleware/request-guards.ts): what hono-openapi adds to each. */
export const WRITE_DEFAULTS: DescribeRouteOptions = { responses: { '429': RETRY_LATER_RESPONSE } };

const SUCCESS_DESCRIPTIONS = { 200: 'Success', 201: 'Created', 202: 'Accepted', 204: 'No content' } as const;

/** The one success answer of a route: 200 unless the route states its own status. */
function successResponse(doc: RouteDoc) {
  const status = doc.success ?? 200;
  const description = SUCCESS_DESCRIPTIONS[status];
  return { [status]: status === 204 ? { description } : { description, content: { [doc.produces ?? 'application/json']: { schema: {} } } } };
}

/** The errors every route may answer, then the route's own, described for it. */
function errorResponses(doc: RouteDoc) {
  const particular = Object.entries(doc.errors ?? {}).map(([status, description]) => {
    const shape = status === '429' || status === '503' ? RETRY_LATER_RESPONSE : ERROR_RESPONSE;
    return [status, { ...shape, description }];
  });
  return {
    '400': ERROR_RESPONSE,
    '404': ERROR_RESPONSE,
    '503': RETRY_LATER_RESPONSE,
    ...Object.fromEntries(particular),
  };
}

type Parameter = Exclude<NonNullable<DescribeRouteOptions['parameters']>[number], { $ref: string }>;
type JsonSchema = { properties?: Record<string, Parameter['schema']>; required?: string[] };

/** Query parameters a handler reads itself, from their schema's input shape. */
function queryParameters(schema: ZodType): Parameter[] {
  const { properties = {}, required = [] } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return Object.entries(properties).map(([name, property]) => ({ name, in: 'query', required: required.includes(name), schema: property }));
}

/**
 * The route's OpenAPI description, as a middleware placed first on the route: hono-openapi
 * reads it from the route itself when the document is generated (openapi/document.ts).
 */
export function documented(doc: RouteDoc): MiddlewareHandler {
  const security = SECURITY[doc.access];
  return describeRoute({
    summary: doc.summary,
    tags: [doc.tag],
    ...(security ? { security } : {}),
    ...(doc.query ? { parameters: queryParameters(doc.query) } : {}),
    ...(doc.body ? { requestBody: { required: true, content: { 'application/json': { schema: resolver(doc.body) } } } } : {}),
    ...(doc.file ? { requestBody: { required: true, content: Object.fromEntries(doc.file.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }])) } } : {}),
    responses: { ...successResponse(doc), ...errorResponses(doc) },
  });
}
