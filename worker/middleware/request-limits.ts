import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { concatBytes } from '../bytes.ts';
import { ApiProblem } from '../errors.ts';
import { LOGO_MAX_BYTES } from '#schema/console/logo.ts';

export const LIMITS = {
  bodyBytes: 64 * 1024,
  /** Import chunks carry many rows at once. */
  importBodyBytes: 2 * 1024 * 1024,
  /** Twice the logo's own limit, which its route checks with a field message of its own. */
  logoBodyBytes: 2 * LOGO_MAX_BYTES,
  jsonDepth: 8,
  arrayLength: 2000,
} as const;

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Every string is stored as Unicode NFC without surrounding spaces, so "Café" typed on a Mac
 * and on a phone are the same name, and searching and duplicate checks compare like with like.
 */
function normalise(value: Json, depth: number): Json {
  if (depth > LIMITS.jsonDepth) throw new ApiProblem(400, 'invalid_request', 'request.too_deep');
  if (typeof value === 'string') return value.normalize('NFC').trim();
  if (Array.isArray(value)) {
    if (value.length > LIMITS.arrayLength) throw new ApiProblem(400, 'invalid_request', 'request.too_many_items');
    return value.map((item) => normalise(item, depth + 1));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.normalize('NFC'), normalise(item, depth + 1)]));
  }
  return value;
}

async function readBounded(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new ApiProblem(413, 'payload_too_large', 'request.too_large');
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // A body sent without Content-Length (chunked) is cut off as soon as it is too big.
    if (size > maxBytes) {
      await reader.cancel();
      throw new ApiProblem(413, 'payload_too_large', 'request.too_large');
    }
    chunks.push(value);
  }
  return concatBytes(...chunks);
}

/** Hono stores body promises in this cache although its type names the resolved values. */
function bodyCacheOf(request: { bodyCache: object }): Record<string, Promise<unknown>> {
  return request.bodyCache as Record<string, Promise<unknown>>;
}

/**
 * Bounds what a write may carry (size, depth, array length) and normalises its text before any
 * validator sees it: validators then read the cleaned body through Hono's body cache.
 */
export const requestLimits = createMiddleware<AppEnv>(async (c, next) => {
  if (!WRITE_METHODS.has(c.req.method)) return next();
  const path = c.req.path;
  const maxBytes = path.includes('/console/imports') ? LIMITS.importBodyBytes : path.endsWith('/console/settings/logo') ? LIMITS.logoBodyBytes : LIMITS.bodyBytes;
  const bytes = await readBounded(c.req.raw, maxBytes);
  const isJson = (c.req.header('content-type') ?? '').toLowerCase().includes('json');
  if (isJson && bytes.byteLength > 0) {
    let parsed: Json;
    try {
      parsed = JSON.parse(new TextDecoder().decode(bytes)) as Json;
    } catch {
      throw new ApiProblem(400, 'invalid_request', 'request.malformed_json');
    }
    bodyCacheOf(c.req).text = Promise.resolve(JSON.stringify(normalise(parsed, 0)));
  } else {
    // Other bodies (forms, files) keep their bytes untouched; readers convert from the cache.
    bodyCacheOf(c.req).arrayBuffer = Promise.resolve(bytes.buffer);
  }
  await next();
});
