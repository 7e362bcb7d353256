import type { RegistrationResult } from '#schema/registration.ts';
import { api, ApiRequestError, call } from '../api.ts';
import { serverErrors, toFields, type FieldErrors, type FormValues } from './form-model.ts';

export type SubmitOutcome =
  | { kind: 'registered'; result: RegistrationResult }
  | { kind: 'duplicate'; listingId: string; message: string }
  | { kind: 'invalid'; errors: FieldErrors; message: string }
  | { kind: 'refused'; code: string; message: string };

const registrations = api.api.v1.registrations;

export const fetchForm = () => call(registrations.form.$get);

/** Sends the registration and sorts the answer into what the page must show. */
export async function submitRegistration(values: FormValues, bot: { formToken: string; turnstileToken: string; nickname: string }): Promise<SubmitOutcome> {
  try {
    return { kind: 'registered', result: await call(registrations.$post, { json: { ...toFields(values), ...bot } }) };
  } catch (error) {
    if (!(error instanceof ApiRequestError)) throw error;
    // A duplicate names the listing that already exists (schema/registration.ts DuplicateAnswer).
    const listingId = error.status === 409 ? error.answer.listingId : undefined;
    if (typeof listingId === 'string') return { kind: 'duplicate', listingId, message: error.message };
    if (Object.keys(error.fields).length > 0) return { kind: 'invalid', errors: serverErrors(error.fields), message: error.message };
    return { kind: 'refused', code: error.code, message: error.message };
  }
}
