import { api } from '../api.ts';

/** The console's part of the typed client. */
export const consoleApi = api.api.v1.console;

/** An API refusal: its translated message, and one message list per field when the form was wrong. */
export class ConsoleError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

type JsonResponse = { ok: boolean; status: number; json(): Promise<unknown> };

/** Sent when the API says the session is over (expired, or ended elsewhere): the console signs out. */
export const SESSION_ENDED_EVENT = 'vitrine:console-session-ended';

export async function read<T>(pending: Promise<JsonResponse>): Promise<T> {
  const response = await pending;
  if (response.status === 401) window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
  const body = (await response.json().catch(() => null)) as { error?: { message?: string; fields?: Record<string, string[]> } } | null;
  if (!response.ok) throw new ConsoleError(response.status, body?.error?.message ?? `HTTP ${response.status}`, body?.error?.fields);
  return body as T;
}
