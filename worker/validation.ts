import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { ApiProblem, fieldErrors } from './errors.ts';

/** Hono's zod validator, answering our one error shape with a message per field. */
export function validate<Target extends keyof ValidationTargets, Schema extends ZodType>(target: Target, schema: Schema) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw new ApiProblem(400, 'invalid_request', 'request.invalid', fieldErrors(result.error));
  });
}
