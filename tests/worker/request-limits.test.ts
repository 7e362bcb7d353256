import { Hono } from 'hono';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../../worker/env.ts';
import { handleError } from '../../worker/errors.ts';
import { LIMITS, requestLimits } from '../../worker/middleware/request-limits.ts';

// The middleware in front of an echo handler: what the handler reads is what validators read.
const app = new Hono<AppEnv>()
  .use(requestLimits)
  .post('/echo', async (c) => c.json({ received: await c.req.json<unknown>() }))
  .post('/raw', async (c) => c.json({ bytes: (await c.req.arrayBuffer()).byteLength }));
app.onError(handleError);

function post(path: string, body: BodyInit, contentType = 'application/json', language = 'en') {
  return app.request(path, { method: 'POST', body, headers: { 'content-type': contentType, 'accept-language': language } }, env);
}

type ErrorBody = { error: { code: string; message: string } };

describe('request limits', () => {
  it('normalises every string to NFC and trims it, keys included', async () => {
    const decomposed = 'Cafe\u0301';
    const response = await post('/echo', JSON.stringify({ name: `  ${decomposed} du Port \n`, tags: [` ${decomposed}`], [decomposed]: 1 }));
    expect(await response.json()).toEqual({ received: { name: 'Café du Port', tags: ['Café'], Café: 1 } });
  });

  it('refuses a body over the size limit with 413, whatever it claims', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(LIMITS.bodyBytes) });
    const response = await post('/echo', big);
    expect(response.status).toBe(413);
    expect((await response.json<ErrorBody>()).error.message).toBe('The data sent is too large.');
  });

  it('refuses JSON nested deeper than allowed', async () => {
    let nested: unknown = 'leaf';
    for (let i = 0; i < LIMITS.jsonDepth + 2; i++) nested = { nested };
    const response = await post('/echo', JSON.stringify(nested), 'application/json', 'fr');
    expect(response.status).toBe(400);
    expect((await response.json<ErrorBody>()).error.message).toBe('Les données envoyées sont trop imbriquées.');
  });

  it('refuses arrays longer than allowed', async () => {
    const response = await post('/echo', JSON.stringify({ items: Array.from({ length: LIMITS.arrayLength + 1 }, () => 1) }));
    expect(response.status).toBe(400);
  });

  it('answers 400, not 500, for malformed JSON', async () => {
    const response = await post('/echo', '{"name": ');
    expect(response.status).toBe(400);
    expect((await response.json<ErrorBody>()).error.code).toBe('invalid_request');
  });

  it('leaves non-JSON bodies byte for byte', async () => {
    const bytes = new Uint8Array([0, 255, 128, 10, 13]);
    const response = await post('/raw', bytes, 'application/octet-stream');
    expect(await response.json()).toEqual({ bytes: 5 });
  });
});
