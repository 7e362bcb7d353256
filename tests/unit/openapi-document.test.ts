import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';

/**
 * The Worker's own app, loaded in Node: the schema validator compiles code at run time, which
 * workerd forbids. The path is a variable so that Node's type check leaves the Worker's types to
 * the Worker's project; the document is the one /api/v1/openapi.json serves.
 */
const WORKER_ENTRY: string = '../../worker/index.ts';
type WorkerEntry = { openApiDocument(): Promise<Record<string, unknown>> };

async function openApiDocument(): Promise<Record<string, unknown>> {
  const worker = (await import(/* @vite-ignore */ WORKER_ENTRY)) as WorkerEntry;
  return worker.openApiDocument();
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(await openApiDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('gives every operation a unique id', async () => {
    const paths = (await openApiDocument()).paths as Record<string, Record<string, { operationId: string }>>;
    const ids = Object.values(paths).flatMap((methods) => Object.values(methods).map((op) => op.operationId));
    expect(ids.length).toBeGreaterThan(50);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
