import { api, ApiRequestError, call } from '../api.ts';

/**
 * Asks for the private link of a listing the business has not claimed yet. The API's message is
 * the answer either way: the link is on its way to the listing's address, or why it is not.
 */
export async function claimListing(listingId: string): Promise<string> {
  try {
    return (await call(api.api.v1.registrations.claim.$post, { json: { listingId } })).message;
  } catch (error) {
    if (error instanceof ApiRequestError) return error.message;
    throw error;
  }
}
