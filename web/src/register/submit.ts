import type { DuplicateAnswer, RegistrationForm, RegistrationResult } from '#schema/registration.ts';
import { api } from '../api.ts';
import { serverErrors, toFields, type FieldErrors, type FormValues } from './form-model.ts';

export type SubmitOutcome =
  | { kind: 'registered'; result: RegistrationResult }
  | { kind: 'duplicate'; listingId: string; message: string }
  | { kind: 'invalid'; errors: FieldErrors; message: string }
  | { kind: 'refused'; code: string; message: string };

type ErrorAnswer = { error: { code: string; message: string; fields?: Record<string, string[]> } };

export async function fetchForm(): Promise<RegistrationForm> {
  const response = await api.api.v1.registrations.form.$get();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as RegistrationForm;
}

/** Sends the registration and sorts the answer into what the page must show. */
export async function submitRegistration(values: FormValues, bot: { formToken: string; turnstileToken: string; nickname: string }): Promise<SubmitOutcome> {
  const response = await api.api.v1.registrations.$post({ json: { ...toFields(values), ...bot } });
  const body = (await response.json().catch(() => null)) as unknown;
  if (response.status === 201) return { kind: 'registered', result: body as RegistrationResult };
  if (response.status === 409) {
    const duplicate = body as DuplicateAnswer;
    return { kind: 'duplicate', listingId: duplicate.listingId, message: duplicate.error.message };
  }
  const problem = (body as ErrorAnswer | null)?.error ?? { code: 'server_error', message: `HTTP ${response.status}` };
  if (problem.fields && Object.keys(problem.fields).length > 0) return { kind: 'invalid', errors: serverErrors(problem.fields), message: problem.message };
  return { kind: 'refused', code: problem.code, message: problem.message };
}

export async function claimListing(listingId: string): Promise<string> {
  const response = await api.api.v1.registrations.claim.$post({ json: { listingId } });
  const body = (await response.json()) as { message?: string; error?: { message: string } };
  return body.message ?? body.error?.message ?? `HTTP ${response.status}`;
}
