import { hc, type ClientRequestOptions, type ClientResponse, type InferResponseType } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import type { ApiError } from '#schema/errors.ts';
import type { AppType } from '../../worker/index.ts';

/** The typed client: every path, input and answer comes from the Worker's routes. */
export const api = hc<AppType>('/');

/** One endpoint of the typed client, such as `api.api.v1.tenant.$get`. */
type Endpoint = (args: never, options?: ClientRequestOptions) => Promise<ClientResponse<unknown, number>>;

/** What an endpoint answers when it succeeds, as the Worker's route declares it. */
export type Answer<E> = InferResponseType<E, SuccessStatusCode>;

/** A refusal's body: the API's one error shape, and what some refusals add beside it (a duplicate's listingId). */
export type RefusalAnswer = ApiError & { readonly [detail: string]: unknown };

/** An API refusal: its status and its answer, whose message is already translated. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly answer: RefusalAnswer,
  ) {
    super(answer.error.message);
  }

  get code(): string {
    return this.answer.error.code;
  }

  /** The messages per field when the payload was wrong, keyed like the schema's paths. */
  get fields(): Record<string, string[]> {
    return this.answer.error.fields ?? {};
  }
}

function isApiError(body: unknown): body is RefusalAnswer {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && 'message' in error && typeof error.message === 'string';
}

type RefusalListener = (error: ApiRequestError) => void;
const refusalListeners = new Set<RefusalListener>();

/** Hears every refusal before the caller does (the console signs out on a 401); answers the way to stop. */
export function onRefusal(listener: RefusalListener): () => void {
  refusalListeners.add(listener);
  return () => refusalListeners.delete(listener);
}

/**
 * The one way the web app calls the API: answers the success body typed from the route, so a
 * change of an answer's shape on the server fails the web's typecheck; throws ApiRequestError
 * on any refusal.
 */
export async function call<E extends Endpoint>(endpoint: E, ...input: Parameters<E>): Promise<Answer<E>> {
  const send: (...input: Parameters<E>) => Promise<ClientResponse<unknown, number>> = endpoint;
  const response = await send(...input);
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const refusal = new ApiRequestError(response.status, isApiError(body) ? body : { error: { code: 'server_error', message: `HTTP ${response.status}` } });
    for (const listener of refusalListeners) listener(refusal);
    throw refusal;
  }
  // The route's type is the contract: the Worker's tests check that it answers that shape.
  return body as Answer<E>;
}
