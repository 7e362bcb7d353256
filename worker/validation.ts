import type { ValidationTargets } from 'hono';
import { validator } from 'hono-openapi';
import type { ZodType } from 'zod';
import { ApiProblem, fieldErrors } from './errors.ts';

/** A Standard Schema path segment is a key, or an object holding one. */
const keyOf = (segment: PropertyKey | { key: PropertyKey }): PropertyKey => (typeof segment === 'object' ? segment.key : segment);

/**
 * Validates one part of the request with its shared schema, answering our one error shape with a
 * message per field. The same middleware documents that part in the OpenAPI document.
 */
export function validate<Target extends keyof ValidationTargets, Schema extends ZodType>(target: Target, schema: Schema) {
  return validator(target, schema, (result) => {
    if (!result.success) {
      const issues = result.error.map((issue) => ({ path: (issue.path ?? []).map(keyOf), message: issue.message }));
      throw new ApiProblem(400, 'invalid_request', 'request.invalid', fieldErrors({ issues }));
    }
  });
}
