import { hc } from 'hono/client';
import type { AppType } from '../../worker/index.ts';

/** The only way the web app talks to the API: typed end to end from the Worker's routes. */
export const api = hc<AppType>('/');

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a JSON answer, turning the API's error shape into an exception with its message. */
export async function readJson<T>(response: { ok: boolean; status: number; json(): Promise<unknown> }): Promise<T> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new ApiRequestError(response.status, body?.error?.message ?? `HTTP ${response.status}`);
  return body as T;
}
