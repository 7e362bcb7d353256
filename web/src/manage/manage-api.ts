import type { ListingFieldsInput } from '#schema/registration.ts';
import type { OwnListing, StatusChange } from '#schema/self-service.ts';
import { api } from '../api.ts';

type ErrorAnswer = { error?: { code: string; message: string; fields?: Record<string, string[]> } };
export type Answer<T> = { ok: true; body: T } | { ok: false; status: number; message: string; fields?: Record<string, string[]> | undefined };

async function answerOf<T>(response: Response): Promise<Answer<T>> {
  const body = (await response.json().catch(() => null)) as (T & ErrorAnswer) | null;
  if (response.ok) return { ok: true, body: body as T };
  return { ok: false, status: response.status, message: body?.error?.message ?? `HTTP ${response.status}`, fields: body?.error?.fields };
}

const selfService = api.api.v1['self-service'];

/** Trades the link's token for the session cookie. */
export const openSession = async (token: string) => answerOf<{ listingId: string }>(await selfService.session.$post({ json: { token } }));
/** Ends the session on the server too, so a copy of the cookie stops working. */
export const signOut = async () => answerOf<{ signedOut: true }>(await selfService.session.$delete());
export const loadOwnListing = async () => answerOf<OwnListing>(await selfService.listing.$get());
export const changeStatus = async (change: StatusChange) => answerOf<{ lastConfirmedAt: string }>(await selfService.listing.status.$post({ json: change }));
export const confirmListing = async () => answerOf<{ lastConfirmedAt: string }>(await selfService.listing.confirm.$post());
export const saveListing = async (fields: ListingFieldsInput) => answerOf<{ lastConfirmedAt: string }>(await selfService.listing.$put({ json: fields }));
export const eraseListing = async () => answerOf<{ erased: true }>(await selfService.listing.$delete());
export const requestLink = async (email: string) => answerOf<{ message: string }>(await api.api.v1.registrations.links.$post({ json: { email } }));
