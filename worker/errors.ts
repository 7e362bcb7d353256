import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError } from '#schema/errors.ts';
import { apiMessage } from '#schema/messages.ts';
import { groupIssuesByField, type ValidationIssue } from '#schema/validation-issues.ts';
import type { AppEnv } from './env.ts';
import { requestLanguage } from './language.ts';

/**
 * What some answers add to the error: `params` fill the `{name}` slots of the translated
 * messages, `extra` goes beside `error` in the body (what the client needs to act on it).
 */
export type ProblemDetails = {
  params?: Record<string, string>;
  extra?: Record<string, unknown>;
};

/** An error the client may see: a stable code, and a message key translated on the way out. */
export class ApiProblem extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    readonly messageKey: string,
    readonly fieldKeys?: Record<string, string[]>,
    readonly details: ProblemDetails = {},
  ) {
    super(status, { message: messageKey });
  }
}

/** Message keys per field, translated later by errorBody. */
export function fieldErrors(error: { issues: ReadonlyArray<ValidationIssue> }): Record<string, string[]> {
  return groupIssuesByField(error.issues);
}

export function errorBody(c: Context<AppEnv>, problem: ApiProblem): ApiError {
  const language = requestLanguage(c);
  const params = Object.entries(problem.details.params ?? {});
  const translate = (key: string) => params.reduce((text, [name, value]) => text.replaceAll(`{${name}}`, value), apiMessage(key, language));
  const fields = problem.fieldKeys
    ? Object.fromEntries(Object.entries(problem.fieldKeys).map(([field, keys]) => [field, keys.map(translate)]))
    : undefined;
  return { ...problem.details.extra, error: { code: problem.code, message: translate(problem.messageKey), ...(fields ? { fields } : {}) } };
}

/**
 * D1 reports an unreachable, overloaded or timed-out database with these messages. They are
 * worth a retry, so the client gets 503 and Retry-After rather than a 500.
 */
const DATABASE_UNAVAILABLE = /D1_ERROR|D1_EXEC_ERROR|SQLITE_BUSY|Network connection lost|storage operation exceeded timeout|overloaded|database is locked/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  return err instanceof Error && DATABASE_UNAVAILABLE.test(`${err.message} ${String(err.cause ?? '')}`);
}

export function handleError(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof ApiProblem) return c.json(errorBody(c, err), err.status);
  if (err instanceof HTTPException) {
    return c.json(errorBody(c, new ApiProblem(err.status, 'http_error', 'request.invalid')), err.status);
  }
  if (isDatabaseUnavailable(err)) {
    console.error('Database unavailable', err);
    c.header('Retry-After', '5');
    return c.json(errorBody(c, new ApiProblem(503, 'unavailable', 'server.unavailable')), 503);
  }
  console.error('Unhandled error', err);
  return c.json(errorBody(c, new ApiProblem(500, 'server_error', 'server.error')), 500);
}
