import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError } from '#schema/errors.ts';
import { apiMessage } from '#schema/messages.ts';
import type { AppEnv } from './env.ts';
import { requestLanguage } from './language.ts';

/** An error the client may see: a stable code, and a message key translated on the way out. */
export class ApiProblem extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    readonly messageKey: string,
    readonly fieldKeys?: Record<string, string[]>,
  ) {
    super(status, { message: messageKey });
  }
}

export function fieldErrors(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '_';
    (fields[field] ??= []).push(issue.message);
  }
  return fields;
}

export function errorBody(c: Context<AppEnv>, problem: ApiProblem): ApiError {
  const language = requestLanguage(c);
  const fields = problem.fieldKeys
    ? Object.fromEntries(Object.entries(problem.fieldKeys).map(([field, keys]) => [field, keys.map((key) => apiMessage(key, language))]))
    : undefined;
  return { error: { code: problem.code, message: apiMessage(problem.messageKey, language), ...(fields ? { fields } : {}) } };
}

export function handleError(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof ApiProblem) return c.json(errorBody(c, err), err.status);
  if (err instanceof HTTPException) {
    return c.json(errorBody(c, new ApiProblem(err.status, 'http_error', 'request.invalid')), err.status);
  }
  console.error('Unhandled error', err);
  return c.json(errorBody(c, new ApiProblem(500, 'server_error', 'server.error')), 500);
}
